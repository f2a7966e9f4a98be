package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.Tallies.contest;
import static org.reftally.scheme.Tallies.equalSet;
import static org.reftally.scheme.Tallies.votes;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;

class MajorityTest {

    private final JurisdictionSet a = equalSet("a", "A");

    private static MajorityOutcome decide(String threshold, ContestTally tally, JurisdictionSet set) {
        return new Majority(Optional.empty(), Threshold.parse(threshold), List.of()).evaluate(tally, set);
    }

    private MajorityOutcome yesNo(String threshold, long yes, long no) {
        return decide(threshold, contest("q", "YES", "NO").row("A", yes, no).build(), a);
    }

    @Test
    void exactlyHalfIsNotMoreThanHalf() {
        MajorityOutcome o = yesNo(">1/2", 500, 500);

        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.thresholdMet()).isFalse();
        assertThat(o.reasons()).containsExactly("The proposal YES has 500 of 1,000 valid votes (50.00%), which does"
                + " not meet more than 1/2 (50%) of the valid votes; the proposal is rejected.");
    }

    @Test
    void oneVoteOverHalfIsAccepted() {
        MajorityOutcome o = yesNo(">1/2", 501, 500);

        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("YES"));
        assertThat(o.decidingFigure()).isEqualTo("50.05% YES");
    }

    @Test
    void aShareJustAboveHalfIsNeverShownAsExactlyHalf() {
        MajorityOutcome o = yesNo(">1/2", 500_001, 499_999);

        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.decidingFigure()).isEqualTo("50.0001% YES");
    }

    @Test
    void exactlyTwoThirdsMeetsAtLeastTwoThirds() {
        assertThat(yesNo(">=2/3", 200, 100).decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(yesNo(">=2/3", 199, 100).decision()).isEqualTo(Decision.REJECTED);
        assertThat(yesNo(">2/3", 200, 100).decision()).isEqualTo(Decision.REJECTED);
    }

    @Test
    void percentageThresholdsAreExact() {
        assertThat(yesNo(">=55%", 55, 45).decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(yesNo(">=55%", 549, 451).decision()).isEqualTo(Decision.REJECTED);
        assertThat(yesNo(">=3/5", 3, 2).decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void blankBallotsAreCastButNotValid() {
        // 6 of 11 valid votes is a majority, although 6 of the 20 ballots cast is not.
        MajorityOutcome o = decide(">1/2", contest("q", "YES", "NO").row("A", votes(6, 5), 9, 100).build(), a);

        assertThat(o.valid()).isEqualTo(11);
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void theYesOptionIsTheDefaultProposalInAnyCase() {
        MajorityOutcome o = decide(">1/2", contest("q", "no", "yes").row("A", 3, 7).build(), a);

        assertThat(o.proposal()).contains(OptionId.of("yes"));
        assertThat(o.votes()).isEqualTo(7);
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void aNamedProposalIsMeasuredEvenWhenItTrails() {
        MajorityOutcome o = new Majority(Optional.of("leave"), Threshold.SIMPLE_MAJORITY, List.of())
                .evaluate(contest("q", "Remain", "Leave").row("A", 60, 40).build(), a);

        assertThat(o.proposal()).contains(OptionId.of("Leave"));
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.winner()).as("a rejected proposal keeps the status quo: no winner").isEmpty();
    }

    @Test
    void anUnknownProposalIsAnErrorNamingTheOptions() {
        Majority m = new Majority(Optional.of("Maybe"), Threshold.SIMPLE_MAJORITY, List.of());
        ContestTally t = contest("Brexit", "Remain", "Leave").row("A", 60, 40).build();

        assertThatThrownBy(() -> m.evaluate(t, a)).isInstanceOf(SchemeException.class)
                .hasMessage("contest 'Brexit' has no option 'Maybe' (its options: Remain and Leave)");
    }

    @Test
    void withoutAProposalTheLeadingOptionCarriesWhenItMeetsTheThreshold() {
        MajorityOutcome o = decide(">1/2", contest("q", "Remain", "Leave").row("A", 16_141_241, 17_410_742).build(), a);

        assertThat(o.proposal()).isEmpty();
        assertThat(o.measured()).contains(OptionId.of("Leave"));
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("Leave"));
        assertThat(o.decidingFigure()).isEqualTo("51.89% Leave");
    }

    @Test
    void withoutAProposalATieOnTopIsATie() {
        MajorityOutcome o = decide(">1/2", contest("q", "Remain", "Leave").row("A", 50, 50).build(), a);

        assertThat(o.decision()).isEqualTo(Decision.TIE);
        assertThat(o.winner()).isEmpty();
        assertThat(o.reasons()).containsExactly("Remain and Leave are tied on top with 50 of 100 valid votes (50.00%)"
                + " each, none reaching more than 1/2 (50%) of the valid votes; the tie is not broken.");
    }

    @Test
    void withoutAProposalNoOptionReachingTheThresholdIsRejected() {
        MajorityOutcome o = decide(">1/2", contest("q", "A", "B", "C").row("A", 40, 35, 25).build(), a);

        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.reasons()).containsExactly(
                "No option reached more than 1/2 (50%) of the valid votes: the leading option A has 40 of 100 valid"
                        + " votes (40.00%).");
    }

    @Test
    void noValidVotesIsRejected() {
        MajorityOutcome o = decide(">1/2", contest("q", "YES", "NO").row("A", votes(0, 0), 4, 10).build(), a);

        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.decidingFigure()).isEqualTo("no valid votes");
        assertThat(o.reasons()).containsExactly(
                "No valid votes were cast, so YES cannot reach more than 1/2 (50%) of the valid votes.");
    }
}
