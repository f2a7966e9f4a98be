package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.Tallies.contest;
import static org.reftally.scheme.Tallies.equalSet;
import static org.reftally.scheme.Tallies.votes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Tally;
import org.reftally.scheme.CounterProposalOutcome.TieBreak;

/**
 * The initiative with counter-proposal on constructed cases: three cantons of weight 1 (A, B, C),
 * each branch of art. 139b Federal Constitution and art. 76 Political Rights Act.
 */
class CounterProposalTest {

    private static final JurisdictionSet CANTONS = equalSet("cantons", "A", "B", "C");

    /** YES carried by the people and 3 : 0 cantons. */
    private static final long[][] ACCEPTED = {{60, 40}, {60, 40}, {60, 40}};
    /** YES rejected by the people and 0 : 3 cantons. */
    private static final long[][] REJECTED = {{40, 60}, {40, 60}, {40, 60}};
    /** A tie-break nobody answered. */
    private static final long[][] UNANSWERED = {{0, 0}, {0, 0}, {0, 0}};

    private static CounterProposalOutcome vote(long[][] initiative, long[][] counter, long[][] tieBreak) {
        Tally tally = new Tally(List.of(yesNo("initiative", initiative), yesNo("counter", counter),
                rows(contest("tie-break", "Initiative", "Counter"), tieBreak)));
        return CounterProposal.evaluate(tally, CANTONS, "initiative", "counter", "tie-break");
    }

    private static ContestTally yesNo(String name, long[][] perCanton) {
        return rows(contest(name, "YES", "NO"), perCanton);
    }

    private static ContestTally rows(Tallies.Builder b, long[][] perCanton) {
        String[] codes = {"A", "B", "C"};
        for (int i = 0; i < perCanton.length; i++) {
            b.row(codes[i], perCanton[i]);
        }
        return b.build();
    }

    @Test
    void neitherAcceptedLeavesTheLawInForce() {
        CounterProposalOutcome o = vote(REJECTED, REJECTED, UNANSWERED);

        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.winner()).isEmpty();
        assertThat(o.tieBreak()).isEmpty();
        assertThat(o.reasons()).containsExactly(
                "The initiative initiative is rejected (40.00% YES, states 0 : 3).",
                "The counter-proposal counter is rejected (40.00% YES, states 0 : 3).",
                "Neither proposal is accepted, so the law in force stands.");
    }

    @Test
    void onlyTheInitiativeAcceptedComesIntoForce() {
        CounterProposalOutcome o = vote(ACCEPTED, REJECTED, UNANSWERED);

        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("initiative"));
        assertThat(o.tieBreak()).as("the tie-break is not needed").isEmpty();
    }

    @Test
    void onlyTheCounterProposalAcceptedComesIntoForce() {
        // The people carry the initiative (55%) but only one canton does: it fails the cantons.
        long[][] peopleOnly = {{300, 100}, {40, 60}, {40, 60}};
        CounterProposalOutcome o = vote(peopleOnly, ACCEPTED, UNANSWERED);

        assertThat(o.initiative().peopleMet()).isTrue();
        assertThat(o.initiative().statesMet()).isFalse();
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("counter"));
    }

    @Test
    void bothAcceptedWithAConsistentTieBreakGoesToTheProposalPreferredByPeopleAndCantons() {
        CounterProposalOutcome o = vote(ACCEPTED, ACCEPTED, new long[][] {{30, 20}, {30, 20}, {20, 25}});

        TieBreak t = o.tieBreak().orElseThrow();
        assertThat(t.popularWinner()).contains(OptionId.of("Initiative"));
        assertThat(t.cantonalWinner()).contains(OptionId.of("Initiative"));
        assertThat(t.decidedBySum()).isFalse();
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("initiative"));
        assertThat(o.reasons()).contains("Initiative has more popular and more cantonal votes on the tie-break.");
    }

    @Test
    void bothAcceptedWithASplitTieBreakIsDecidedByTheHigherSumOfPercentages() {
        // People 120 : 80 (60%) for Initiative (A is large), cantons 1 : 2 for Counter:
        // Initiative 60% + 33.33% = 93.33%; Counter 40% + 66.67% = 106.67%.
        CounterProposalOutcome o = vote(ACCEPTED, ACCEPTED, new long[][] {{100, 0}, {10, 40}, {10, 40}});

        TieBreak t = o.tieBreak().orElseThrow();
        assertThat(t.popularWinner()).contains(OptionId.of("Initiative"));
        assertThat(t.cantonalWinner()).contains(OptionId.of("Counter"));
        assertThat(t.decidedBySum()).isTrue();
        assertThat(t.initiativeSum()).isEqualTo(Fraction.of(3, 5).plus(Fraction.of(1, 3)));
        assertThat(t.counterSum()).isEqualTo(Fraction.of(2, 5).plus(Fraction.of(2, 3)));
        assertThat(o.winner()).contains(OptionId.of("counter"));
        assertThat(o.decidingFigure()).isEqualTo("tie-break Counter (sums 93.33% : 106.67%)");
    }

    @Test
    void aStrongPopularPreferenceCanOutweighTheCantonsInTheSum() {
        // People 80% Initiative, cantons 1 : 2: Initiative 80% + 33.33% beats Counter 20% + 66.67%.
        CounterProposalOutcome o = vote(ACCEPTED, ACCEPTED, new long[][] {{300, 0}, {10, 40}, {10, 40}});

        assertThat(o.tieBreak().orElseThrow().decidedBySum()).isTrue();
        assertThat(o.winner()).contains(OptionId.of("initiative"));
    }

    @Test
    void equalSumsAreReportedAsATie() {
        // People 2/3 Initiative, cantons 1 : 2: both sums are exactly 100%.
        CounterProposalOutcome o = vote(ACCEPTED, ACCEPTED, new long[][] {{100, 0}, {0, 25}, {0, 25}});

        assertThat(o.decision()).isEqualTo(Decision.TIE);
        assertThat(o.winner()).isEmpty();
        assertThat(o.decidingFigure()).isEqualTo("tie-break tied (sums 100.00% : 100.00%)");
    }

    @Test
    void aCantonTiedOnTheTieBreakCountsForNeitherSide() {
        // People 90 : 85 for Initiative; cantons A for Initiative, B for Counter, C tied: 1 : 1 of 3.
        CounterProposalOutcome o = vote(ACCEPTED, ACCEPTED, new long[][] {{60, 30}, {10, 35}, {20, 20}});

        TieBreak t = o.tieBreak().orElseThrow();
        assertThat(t.cantonalWinner()).isEmpty();
        assertThat(t.initiativeWeight()).isEqualTo(Fraction.ONE);
        assertThat(t.counterWeight()).isEqualTo(Fraction.ONE);
        assertThat(t.jurisdictions().get(2).prefers()).isEmpty();
        assertThat(o.winner()).as("the popular lead decides the sum").contains(OptionId.of("initiative"));
    }

    @Test
    void blankTieBreakAnswersAreDisregardedForThatQuestionOnly() {
        long[][] tieBreak = {{100, 0}, {10, 40}, {10, 30}};
        Tallies.Builder withBlanks = contest("tie-break", "Initiative", "Counter");
        withBlanks.row("A", votes(100, 0), 500, 1000).row("B", votes(10, 40), 500, 1000)
                .row("C", votes(10, 30), 0, 1000);
        Tally tally = new Tally(List.of(yesNo("initiative", ACCEPTED), yesNo("counter", ACCEPTED), withBlanks.build()));

        CounterProposalOutcome blanks = CounterProposal.evaluate(tally, CANTONS, "initiative", "counter", "tie-break");

        assertThat(blanks.tieBreak()).isEqualTo(vote(ACCEPTED, ACCEPTED, tieBreak).tieBreak());
    }

    @Test
    void aMissingContestIsAnErrorListingTheContests() {
        Tally tally = new Tally(List.of(yesNo("initiative", ACCEPTED), yesNo("counter", ACCEPTED)));

        assertThatThrownBy(() -> CounterProposal.evaluate(tally, CANTONS, "initiative", "counter", "tie-break"))
                .isInstanceOf(SchemeException.class)
                .hasMessage("the input has no contest 'tie-break' (its contests: initiative and counter)");
    }

    @Test
    void tieBreakOptionsMustNameTheProposals() {
        Tally tally = new Tally(List.of(yesNo("initiative", ACCEPTED), yesNo("counter", ACCEPTED),
                rows(contest("tie-break", "First", "Second"), UNANSWERED)));

        assertThatThrownBy(() -> CounterProposal.evaluate(tally, CANTONS, "initiative", "counter", "tie-break"))
                .isInstanceOf(SchemeException.class)
                .hasMessage("the tie-break question 'tie-break' must have options named after the two proposals"
                        + " ('initiative' and 'counter'); its options are: First and Second");
    }
}
