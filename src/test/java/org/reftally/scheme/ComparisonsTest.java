package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Tally;
import org.reftally.model.Unit;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;

/**
 * The Responsible Business Initiative of 2020 under every scheme and rule: the people accept it,
 * the cantons reject it, and a rule decides which answer counts.
 */
class ComparisonsTest {

    private static final ContestTally SWISS = RealReferendumsTest.tally(RealReferendumsTest.CH_2020_KVI, false);
    private static final JurisdictionSet FROM_INPUT = JurisdictionSet.implicit(
            SWISS.units().keySet().stream().map(Unit::jurisdiction).toList());

    /** The built-in sets as the CLI would load them, counting each load. */
    private final List<String> loads = new ArrayList<>();
    private final Function<String, JurisdictionSet> sets = name -> {
        loads.add(name);
        return switch (name) {
            case "ch" -> RealReferendumsTest.set("ch", RealReferendumsTest.CH_2020_KVI);
            case "au" -> RealReferendumsTest.set("au", RealReferendumsTest.AU_1999_REPUBLIC);
            default -> Tallies.equalSet(name, "CA", "NY", "TX");
        };
    };

    private RuleComparison swiss(boolean setGiven, JurisdictionSet set, String... required) {
        return Comparisons.applicable(SWISS, set, new Comparisons.Request(setGiven, Optional.empty(),
                java.util.Arrays.stream(required).map(JurisdictionId::of).toList(), sets));
    }

    private static Row row(RuleComparison c, String name) {
        return c.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theSwissVotesAreAcceptedByThePeopleAndRejectedByTheCantons() {
        RuleComparison c = swiss(false, FROM_INPUT);

        assertThat(c.rows()).extracting(r -> r.name() + " " + r.outcome().decision()).containsExactly(
                "plurality ACCEPTED", "majority ACCEPTED", "double-majority REJECTED",
                "ch-people-and-cantons REJECTED", "ch-people ACCEPTED", "hu-art8 INVALID");
        assertThat(c.agree()).isFalse();
        assertThat(c.byDecision()).containsExactly(
                Map.entry(Decision.ACCEPTED, List.of("plurality", "majority", "ch-people")),
                Map.entry(Decision.REJECTED, List.of("double-majority", "ch-people-and-cantons")),
                Map.entry(Decision.INVALID, List.of("hu-art8")));
        Row cantons = row(c, "ch-people-and-cantons");
        assertThat(cantons.outcome().decidingFigure()).isEqualTo("50.73% YES, states 8.5 : 14.5");
        assertThat(cantons.jurisdictionSet()).isEqualTo("ch");
        assertThat(cantons.basis()).isEqualTo("Swiss Federal Constitution art. 140 and 142");
        assertThat(cantons.notes()).isEmpty();
        // Counted against the input's 26 jurisdictions of weight 1, half-cantons count whole: 9 : 17.
        assertThat(row(c, "double-majority").outcome().decidingFigure()).isEqualTo("50.73% YES, states 9 : 17");
        assertThat(row(c, "double-majority").jurisdictionSet()).isEqualTo("(from input)");
    }

    @Test
    void rulesThatCannotDecideTheInputSayWhy() {
        RuleComparison c = swiss(false, FROM_INPUT);

        assertThat(c.notApplied()).extracting(NotApplied::name)
                .containsExactly("proportional", "electoral", "au-s128", "us-article-v", "state-and-nation",
                        "it-art75");
        assertThat(c.notApplied().get(0).reason()).contains("electors");
        assertThat(c.notApplied().get(1).reason()).contains("electors");
        assertThat(c.notApplied().get(2).reason())
                .isEqualTo("jurisdiction set au does not list AG, AI, AR and 23 more of the input");
        assertThat(c.notApplied().get(4).reason()).contains("give --require");
        // Blank and invalid ballots are not reported per canton, so turnout is only a lower bound
        // (2,560,809 of 5,495,345, 46.60%) that does not reach the Italian quorum: undecidable.
        assertThat(c.notApplied().get(5).reason()).startsWith("the turnout quorum cannot be decided");
    }

    @Test
    void requiredStatesGoOnlyToTheRuleThatNeedsThem() {
        RuleComparison c = swiss(false, FROM_INPUT, "ZH");

        Row stateAndNation = row(c, "state-and-nation");
        assertThat(stateAndNation.outcome().decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(((DoubleMajorityOutcome) stateAndNation.outcome()).required()).containsExactly(JurisdictionId.of("ZH"));
        assertThat(((DoubleMajorityOutcome) row(c, "ch-people-and-cantons").outcome()).required()).isEmpty();
        assertThat(c.notApplied()).extracting(NotApplied::name).doesNotContain("state-and-nation");
    }

    @Test
    void aSetTheUserGivesReplacesEveryRulesOwnWithANote() {
        JurisdictionSet ch = RealReferendumsTest.set("ch", RealReferendumsTest.CH_2020_KVI);
        RuleComparison c = swiss(true, ch);

        Row australian = row(c, "au-s128");
        assertThat(australian.jurisdictionSet()).isEqualTo("ch");
        assertThat(australian.outcome().decidingFigure()).isEqualTo("50.73% YES, states 8.5 : 14.5");
        assertThat(australian.notes()).containsExactly("--jurisdictions ch overrides the rule's au");
        assertThat(row(c, "double-majority").outcome().decidingFigure()).isEqualTo("50.73% YES, states 8.5 : 14.5");
        assertThat(loads).as("the given set is used as it is").isEmpty();
    }

    @Test
    void withoutAYesOptionTheNamedProposalIsPutToEveryRule() {
        ContestTally brexit = Tallies.contest("EU", "Remain", "Leave").row("ENG", 13_266_996, 15_188_406)
                .row("NIR", 440_707, 349_442).row("SCT", 1_661_191, 1_018_322).row("WLS", 772_347, 854_572).build();
        JurisdictionSet nations = Tallies.equalSet("nations", "ENG", "NIR", "SCT", "WLS");

        RuleComparison unnamed = Comparisons.applicable(brexit, nations,
                new Comparisons.Request(true, Optional.empty(), List.of(), sets));
        assertThat(row(unnamed, "majority").outcome().winner().orElseThrow().name()).isEqualTo("Leave");
        assertThat(unnamed.notApplied()).extracting(NotApplied::reason)
                .contains("contest 'EU' has no option YES; name the proposal (its options: Remain and Leave)");

        RuleComparison named = Comparisons.applicable(brexit, nations,
                new Comparisons.Request(true, Optional.of("Leave"), List.of(), sets));
        // Leave wins the people (51.89%) but only England and Wales: 2 : 2 is not a majority of nations.
        assertThat(row(named, "double-majority").outcome().decidingFigure()).isEqualTo("51.89% Leave, states 2 : 2");
        assertThat(row(named, "double-majority").outcome().decision()).isEqualTo(Decision.REJECTED);
    }

    @Test
    void eachSetIsLoadedOnceForAllContests() {
        ContestTally second = RealReferendumsTest.tally(RealReferendumsTest.CH_2020_KVI, false);
        Comparisons.compare(new Tally(List.of(SWISS, rename(second))), FROM_INPUT,
                new Comparisons.Request(false, Optional.empty(), List.of(), sets));
        assertThat(loads).containsExactly("ch", "au", "us");
    }

    @Test
    void rowsThatAllReachTheSameDecisionAgree() {
        ContestTally everywhere = Tallies.contest("Q", "YES", "NO").row("A", 90, 10).row("B", 80, 20).build();
        RuleComparison all = Comparisons.applicable(everywhere, Tallies.equalSet("two", "A", "B"),
                new Comparisons.Request(true, Optional.empty(), List.of(), sets));
        assertThat(all.rows()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome().decision()).isEqualTo(Decision.ACCEPTED));
        assertThat(all.agree()).isTrue();
        assertThat(all.byDecision()).containsOnlyKeys(Decision.ACCEPTED);
    }

    private static ContestTally rename(ContestTally t) {
        return new ContestTally(new org.reftally.model.Contest("second", t.contest().options()), t.units());
    }
}
