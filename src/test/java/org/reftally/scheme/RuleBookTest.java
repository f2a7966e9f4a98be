package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.Tallies.contest;
import static org.reftally.scheme.Tallies.equalSet;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;

class RuleBookTest {

    @Test
    void everyRuleHasAUniqueLowerCaseNameAReferenceAndAnExplanation() {
        assertThat(RuleBook.all()).extracting(Rule::name).doesNotHaveDuplicates()
                .contains("ch-people-and-cantons", "au-s128", "us-article-v", "state-and-nation", "it-art75", "hu-art8")
                .allMatch(n -> n.equals(n.toLowerCase(java.util.Locale.ROOT)));
        assertThat(RuleBook.all()).allSatisfy(r -> {
            assertThat(r.reference()).isNotBlank();
            assertThat(r.explanation()).isNotBlank().doesNotContain("\n");
        });
    }

    @Test
    void rulesAreFoundInAnyCaseAndUnknownOnesListTheKnown() {
        assertThat(RuleBook.find(" AU-S128 ")).map(Rule::name).contains("au-s128");
        assertThatThrownBy(() -> RuleBook.named("ch")).isInstanceOf(SchemeException.class)
                .hasMessageStartingWith("unknown rule 'ch' (known rules: ch-people-and-cantons, ch-people, au-s128,");
    }

    @Test
    void swissPeopleAndCantonsIsADoubleMajorityOnTheCantonsSet() {
        RuleSettings s = RuleBook.named("ch-people-and-cantons").settings();

        assertThat(s.jurisdictionSet()).contains("ch");
        assertThat(s.toScheme()).isEqualTo(DoubleMajority.peopleAndStates());
    }

    @Test
    void section128NeedsFourOfTheSixStates() {
        Scheme s128 = RuleBook.named("au-s128").settings().toScheme();
        String[] states = {"NSW", "VIC", "QLD", "WA", "SA", "TAS"};

        assertThat(decide(s128, sixStates(3), states)).isEqualTo(Decision.REJECTED);
        assertThat(decide(s128, sixStates(4), states)).isEqualTo(Decision.ACCEPTED);
    }

    /** The first {@code yesStates} of six states vote 70:30, the rest 45:55 (nationally YES leads). */
    private static ContestTally sixStates(int yesStates) {
        Tallies.Builder b = contest("q", "YES", "NO");
        String[] codes = {"NSW", "VIC", "QLD", "WA", "SA", "TAS"};
        for (int i = 0; i < 6; i++) {
            b.row(codes[i], i < yesStates ? new long[] {70, 30} : new long[] {45, 55});
        }
        return b.build();
    }

    private static Decision decide(Scheme s, ContestTally t, String... set) {
        return s.evaluate(t, equalSet("au", set)).decision();
    }

    @Test
    void articleFiveNeedsThreeQuartersOfTheStates() {
        assertThat(RuleBook.named("us-article-v").settings().states()).isEqualTo(StatesRequirement.parse(">=3/4"));
        assertThat(RuleBook.named("us-article-v").settings().jurisdictionSet()).contains("us");
    }

    @Test
    void stateAndNationRefusesToRunWithoutARequiredState() {
        Rule rule = RuleBook.named("state-and-nation");

        assertThatThrownBy(() -> rule.settings().toScheme()).isInstanceOf(SchemeException.class)
                .hasMessage("this rule needs at least one state that must approve: give --require with a jurisdiction"
                        + " code, e.g. --require CA");
        RuleSettings.Effective e = rule.overriding(Overrides.none().withRequired(List.of(JurisdictionId.of("CA"))));
        assertThat(e.notes()).as("giving what the rule asks for overrides nothing").isEmpty();
        assertThat(e.settings().toScheme()).isEqualTo(new DoubleMajority(Optional.empty(), Threshold.SIMPLE_MAJORITY,
                Threshold.SIMPLE_MAJORITY, StatesRequirement.NONE, List.of(JurisdictionId.of("CA")), List.of()));
    }

    @Test
    void italianAndHungarianRulesAreMajoritiesWithTheirQuorums() {
        assertThat(RuleBook.named("it-art75").settings().toScheme()).isEqualTo(
                new Majority(Optional.empty(), Threshold.SIMPLE_MAJORITY, List.of(Quorum.parse("turnout>1/2"))));
        assertThat(RuleBook.named("hu-art8").settings().toScheme()).isEqualTo(
                new Majority(Optional.empty(), Threshold.SIMPLE_MAJORITY, List.of(Quorum.parse("valid>1/2"))));
    }

    @Test
    void anExplicitOptionOverridesTheRuleAndIsNoted() {
        RuleSettings.Effective e = RuleBook.named("it-art75").overriding(Overrides.none()
                .withThreshold(Threshold.parse(">=2/3")).withQuorums(List.of(Quorum.parse("turnout>=1/3")))
                .withJurisdictionSet("it"));

        assertThat(e.settings().threshold()).isEqualTo(Threshold.parse(">=2/3"));
        assertThat(e.settings().quorums()).containsExactly(Quorum.parse("turnout>=1/3"));
        assertThat(e.settings().jurisdictionSet()).contains("it");
        assertThat(e.notes()).containsExactly("--threshold >=2/3 overrides the rule's >1/2",
                "--quorum turnout>=1/3 overrides the rule's turnout>1/2");
    }

    @Test
    void anOptionEqualToTheRulesValueIsNotNoted() {
        RuleSettings.Effective e = RuleBook.named("ch-people-and-cantons").overriding(Overrides.none()
                .withThreshold(Threshold.parse(">50%")).withJurisdictionSet("CH")
                .withStates(StatesRequirement.MAJORITY));

        assertThat(e.notes()).isEmpty();
    }

    @Test
    void overridingTheSchemeAndTheSetIsNoted() {
        RuleSettings.Effective e = RuleBook.named("ch-people-and-cantons").overriding(Overrides.none()
                .withScheme(SchemeKind.MAJORITY).withJurisdictionSet("ch-2020").withStates(StatesRequirement.NONE));

        assertThat(e.settings().toScheme()).isInstanceOf(Majority.class);
        assertThat(e.notes()).containsExactly("--scheme majority overrides the rule's double-majority",
                "--jurisdictions ch-2020 overrides the rule's ch", "--states none overrides the rule's >1/2");
    }

    @Test
    void aSchemeReportedBesideTheRulesOwnIsNotedAsAComparison() {
        RuleSettings rule = RuleBook.named("ch-people-and-cantons").settings();

        RuleSettings.Effective beside = rule.overriding(Overrides.none().withScheme(SchemeKind.MAJORITY), true);
        assertThat(beside.settings().toScheme()).isInstanceOf(Majority.class);
        assertThat(beside.notes()).containsExactly("--scheme majority is reported beside the rule's double-majority,"
                + " which decides");

        RuleSettings.Effective own = rule.overriding(Overrides.none().withScheme(SchemeKind.DOUBLE_MAJORITY), true);
        assertThat(own.notes()).isEmpty();
        // Other options still override the rule, and say so.
        assertThat(rule.overriding(Overrides.none().withScheme(SchemeKind.MAJORITY).withStates(StatesRequirement.NONE),
                true).notes()).containsExactly("--scheme majority is reported beside the rule's double-majority,"
                        + " which decides", "--states none overrides the rule's >1/2");
    }

    @Test
    void schemeKindsParseByTheirCommandLineNames() {
        assertThat(SchemeKind.parse("Double-Majority")).isEqualTo(SchemeKind.DOUBLE_MAJORITY);
        assertThat(RuleSettings.defaults(SchemeKind.PLURALITY).toScheme()).isEqualTo(new Plurality());
        assertThatThrownBy(() -> SchemeKind.parse("stv")).isInstanceOf(SchemeException.class)
                .hasMessage("unknown scheme 'stv' (expected one of: plurality, majority, double-majority, proportional, electoral)");
    }
}
