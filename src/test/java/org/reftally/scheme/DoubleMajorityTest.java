package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.Tallies.contest;
import static org.reftally.scheme.Tallies.equalSet;
import static org.reftally.scheme.Tallies.set;
import static org.reftally.scheme.Tallies.votes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.DoubleMajorityOutcome.Condition;
import org.reftally.scheme.DoubleMajorityOutcome.JurisdictionRow;

class DoubleMajorityTest {

    private static DoubleMajority rule(String states, String... required) {
        return new DoubleMajority(Optional.empty(), Threshold.SIMPLE_MAJORITY, Threshold.SIMPLE_MAJORITY,
                StatesRequirement.parse(states), List.of(required).stream().map(JurisdictionId::of).toList(),
                List.of());
    }

    @Test
    void aStateAtExactlyHalfDoesNotApprove() {
        DoubleMajorityOutcome o = rule(">1/2").evaluate(
                contest("q", "YES", "NO").row("A", 50, 50).row("B", 51, 49).row("C", 60, 40).build(),
                equalSet("abc", "A", "B", "C"));

        assertThat(o.jurisdictions()).extracting(JurisdictionRow::approves).containsExactly(false, true, true);
        assertThat(o.statesTally()).isEqualTo("2 : 1");
        assertThat(o.conditions().get(1).detail()).contains("Exactly half for YES, so not approving: A.");
    }

    @Test
    void statesAtExactlyHalfTheWeightFailMoreThanHalf() {
        // Half-cantons weigh 1/2 (Swiss Federal Constitution art. 142(4)): 1.5 : 1.5 is no majority.
        JurisdictionSet halves = set("halves", "A", "1", "B", "1", "C", "1/2", "D", "1/2");
        DoubleMajorityOutcome o = rule(">1/2").evaluate(
                contest("q", "YES", "NO").row("A", 90, 10).row("B", 1, 9).row("C", 6, 4).row("D", 4, 6).build(),
                halves);

        assertThat(o.peopleMet()).isTrue();
        assertThat(o.approvingWeight()).isEqualTo(Fraction.of(3, 2));
        assertThat(o.statesTally()).isEqualTo("1.5 : 1.5");
        assertThat(o.statesMet()).isFalse();
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.reasons()).last().isEqualTo("Rejected: the proposal fails the states condition.");
    }

    @Test
    void threeQuartersIsMetByExactlyThirtyEightOfFiftyStatesAndNotByThirtySeven() {
        assertThat(usVote(38).decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(usVote(38).statesTally()).isEqualTo("38 : 12");
        assertThat(usVote(37).decision()).isEqualTo(Decision.REJECTED);
        assertThat(usVote(37).statesTally()).isEqualTo("37 : 13");
    }

    /** Fifty states and DC (weight 0); the first {@code approving} states vote 60:40, the rest 45:55, DC 90:10. */
    private static DoubleMajorityOutcome usVote(int approving) {
        List<String> members = new ArrayList<>();
        Tallies.Builder b = contest("q", "YES", "NO");
        for (int i = 1; i <= 50; i++) {
            String code = "S" + i;
            members.add(code);
            members.add("1");
            b.row(code, i <= approving ? votes(60, 40) : votes(45, 55));
        }
        members.add("DC");
        members.add("0");
        b.row("DC", 900, 100);
        return rule(">=3/4").evaluate(b.build(), set("us", members.toArray(String[]::new)));
    }

    @Test
    void aWeightZeroJurisdictionNeverMovesTheStatesCount() {
        JurisdictionSet set = set("au", "S1", "1", "S2", "1", "S3", "1", "T", "0");
        ContestTally territoryYes = contest("q", "YES", "NO").row("S1", 60, 40).row("S2", 40, 60).row("S3", 40, 60)
                .row("T", 1000, 1).build();
        ContestTally territoryNo = contest("q", "YES", "NO").row("S1", 60, 40).row("S2", 40, 60).row("S3", 40, 60)
                .row("T", 1, 1000).build();

        DoubleMajorityOutcome yes = rule(">1/2").evaluate(territoryYes, set);
        DoubleMajorityOutcome no = rule(">1/2").evaluate(territoryNo, set);

        assertThat(yes.statesTally()).isEqualTo("1 : 2").isEqualTo(no.statesTally());
        assertThat(yes.peopleMet()).as("the territory counts nationally").isTrue();
        assertThat(no.peopleMet()).isFalse();
        JurisdictionRow t = yes.jurisdictions().get(3);
        assertThat(t.approves()).isTrue();
        assertThat(t.countsAsState()).isFalse();
    }

    @Test
    void aRequiredStateThatFailsSinksAnOtherwiseAcceptedProposal() {
        JurisdictionSet set = equalSet("s", "CA", "NY", "TX");
        ContestTally t = contest("q", "YES", "NO").row("CA", 45, 55).row("NY", 70, 30).row("TX", 70, 30).build();

        DoubleMajorityOutcome without = rule(">1/2").evaluate(t, set);
        DoubleMajorityOutcome with = rule(">1/2", "CA").evaluate(t, set);

        assertThat(without.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(with.decision()).isEqualTo(Decision.REJECTED);
        assertThat(with.requiredMet()).isFalse();
        assertThat(with.conditions()).extracting(Condition::name, Condition::met)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("people", true),
                        org.assertj.core.groups.Tuple.tuple("states", true),
                        org.assertj.core.groups.Tuple.tuple("required CA", false));
        assertThat(with.conditions().get(2).detail()).isEqualTo("Required state CA: 45 of 100 valid votes for YES"
                + " (45.00%), so CA does not approve (it needs more than 1/2 (50%)).");
        assertThat(with.decidingFigure()).isEqualTo("61.67% YES, states 2 : 1, CA not approving");
    }

    @Test
    void withoutAStatesTestOnlyThePeopleAndTheRequiredStatesDecide() {
        JurisdictionSet set = equalSet("s", "CA", "NY", "TX");
        ContestTally t = contest("q", "YES", "NO").row("CA", 60, 40).row("NY", 40, 60).row("TX", 45, 55).build()
                .plus(contest("q", "YES", "NO").row("CA", 100, 0).build());

        DoubleMajorityOutcome o = rule("none", "CA").evaluate(t, set);

        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.conditions()).extracting(Condition::name).containsExactly("people", "required CA");
        assertThat(o.decidingFigure()).isEqualTo("61.25% YES");
    }

    @Test
    void aStateWithNoValidVotesDoesNotApprove() {
        DoubleMajorityOutcome o = rule(">=1/2").evaluate(contest("q", "YES", "NO").row("A", 10, 0).build(),
                equalSet("ab", "A", "B"));

        assertThat(o.jurisdictions().get(1).share()).isEmpty();
        assertThat(o.jurisdictions().get(1).approves()).isFalse();
        assertThat(o.statesTally()).isEqualTo("1 : 1");
        assertThat(o.decision()).as(">=1/2 of the weight: 1 of 2 suffices").isEqualTo(Decision.ACCEPTED);
        assertThat(o.conditions().get(1).detail()).contains("No valid votes, so not approving: B.");
    }

    @Test
    void aFailedQuorumMakesTheVoteInvalid() {
        DoubleMajority withQuorum = new DoubleMajority(Optional.empty(), Threshold.SIMPLE_MAJORITY,
                Threshold.SIMPLE_MAJORITY, StatesRequirement.MAJORITY, List.of(), List.of(Quorum.parse("turnout>1/2")));

        DoubleMajorityOutcome o = withQuorum.evaluate(contest("q", "YES", "NO").row("A", votes(30, 10), 0, 100).build(),
                equalSet("a", "A"));

        assertThat(o.peopleMet()).isTrue();
        assertThat(o.statesMet()).isTrue();
        assertThat(o.decision()).isEqualTo(Decision.INVALID);
        assertThat(o.winner()).isEmpty();
        assertThat(o.reasons()).last().isEqualTo("Invalid: quorum turnout>1/2 not met, so the vote does not count.");
    }

    @Test
    void theProposalIsYesByDefaultAndOtherwiseNamed() {
        ContestTally jaNein = contest("q", "Ja", "Nein").row("A", 6, 4).build();
        DoubleMajority named = new DoubleMajority(Optional.of("ja"), Threshold.SIMPLE_MAJORITY,
                Threshold.SIMPLE_MAJORITY, StatesRequirement.MAJORITY, List.of(), List.of());

        assertThat(named.evaluate(jaNein, equalSet("a", "A")).winner()).contains(OptionId.of("Ja"));
        assertThatThrownBy(() -> DoubleMajority.peopleAndStates().evaluate(jaNein, equalSet("a", "A")))
                .isInstanceOf(SchemeException.class)
                .hasMessage("contest 'q' has no option YES; name the proposal (its options: Ja and Nein)");
    }

    @Test
    void aRequiredStateOutsideTheSetIsAnError() {
        assertThatThrownBy(() -> rule(">1/2", "CA").evaluate(contest("q", "YES", "NO").row("A", 6, 4).build(),
                equalSet("s", "A"))).isInstanceOf(SchemeException.class)
                .hasMessage("required state CA is not in jurisdiction set 's'");
    }

    @Test
    void aJurisdictionOfTheInputMissingFromTheSetIsAnError() {
        assertThatThrownBy(() -> rule(">1/2").evaluate(contest("q", "YES", "NO").row("A", 6, 4).row("ZZ", 1, 1).build(),
                equalSet("ch", "A"))).isInstanceOf(SchemeException.class)
                .hasMessage("jurisdiction set 'ch' does not list ZZ, found in the input; the states test needs the"
                        + " weight of every jurisdiction");
    }

    @Test
    void theStatesApprovingDoNotOutweighThePeopleRejecting() {
        DoubleMajorityOutcome o = rule(">1/2").evaluate(contest("q", "YES", "NO").row("A", 60, 40).row("B", 55, 45)
                .row("C", 10, 90).build(), set("s", "A", "1", "B", "1/2", "C", "1/2"));

        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.winner()).isEmpty();
        assertThat(o.reasons()).containsExactly(
                "The people: YES has 125 of 300 valid votes nationally (41.67%), which does not meet more than 1/2"
                        + " (50%).",
                "The states: 1.5 of 2 state votes approve (1.5 : 0.5), which meets more than 1/2 of the 2 state votes"
                        + " (more than 1); a state approves with more than 1/2 (50%) of its own valid votes for YES,"
                        + " and a tie does not approve. Approving: A and B (0.5).",
                "Rejected: the proposal fails the people condition.");
    }
}
