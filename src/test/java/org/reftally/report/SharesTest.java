package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.Decision;
import org.reftally.scheme.DoubleMajorityOutcome;
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.QuorumCheck;
import org.reftally.scheme.StatesRequirement;

class SharesTest {

    private static final OptionId YES = OptionId.of("YES");

    @Test
    void aShareJustBelowHalfNeverReadsFiftyPercent() {
        assertThat(Shares.percent(250_000, 500_001, 2, List.of(Fraction.HALF))).isEqualTo("49.9999%");
        assertThat(Shares.percent(250_001, 500_001, 2, List.of(Fraction.HALF))).isEqualTo("50.0001%");
    }

    @Test
    void anExactHalfIsShownAsFiftyPercent() {
        assertThat(Shares.percent(1, 2, 2, List.of(Fraction.HALF))).isEqualTo("50.00%");
    }

    @Test
    void theMostDemandingBoundDecidesTheDigits() {
        Fraction twoThirds = Fraction.of(2, 3);
        // 66,666 of 100,000 is below 2/3 but rounds to 66.67%, above it.
        assertThat(Shares.percent(66_666, 100_000, 2, List.of(Fraction.HALF))).isEqualTo("66.67%");
        assertThat(Shares.percent(66_666, 100_000, 2, List.of(Fraction.HALF, twoThirds))).isEqualTo("66.666%");
    }

    @Test
    void decimalsComeFromTheOptionsAndRoundHalfEven() {
        assertThat(Shares.percent(1, 8, 1, List.of())).isEqualTo("12.5%");
        assertThat(Shares.percent(1, 8, 0, List.of())).isEqualTo("12%");
        assertThat(Shares.percent(3, 8, 0, List.of())).isEqualTo("38%");
    }

    @Test
    void aShareOfNothingIsNotApplicable() {
        assertThat(Shares.percent(0, 0, 2, List.of(Fraction.HALF))).isEqualTo("n/a");
        assertThat(Shares.number(0, 0, 2, List.of(Fraction.HALF))).isEmpty();
        assertThat(Shares.number(1, 4, 2, List.of())).isEqualTo("25.00");
    }

    @Test
    void majorityThresholdAndTurnoutQuorumAreBoundsForTheFiguresTheyTest() {
        MajorityOutcome majority = new MajorityOutcome("Q", Decision.REJECTED, Optional.empty(),
                Threshold.parse(">=2/3"), Optional.of(YES), Optional.of(YES), 2, 3, false,
                List.of(new QuorumCheck(Quorum.parse("turnout>1/4"), 1, 4, false),
                        new QuorumCheck(Quorum.parse("valid>1/3"), 1, 3, false)),
                List.of(), "");
        assertThat(Shares.validBounds(List.of(majority), YES)).containsExactly(Fraction.HALF, Fraction.of(2, 3));
        assertThat(Shares.validBounds(List.of(majority), OptionId.of("NO"))).containsExactly(Fraction.HALF);
        assertThat(Shares.turnoutBounds(List.of(majority))).containsExactly(Fraction.of(1, 4));
    }

    @Test
    void doubleMajorityNationalAndStateThresholdsAreBoundsForTheProposal() {
        DoubleMajorityOutcome outcome = doubleMajority(Threshold.parse(">=3/5"), Threshold.parse(">=55%"));
        assertThat(Shares.validBounds(List.of(outcome), YES))
                .containsExactly(Fraction.HALF, Fraction.of(3, 5), Fraction.of(55, 100));
        assertThat(Shares.validBounds(List.of(outcome), OptionId.of("NO"))).containsExactly(Fraction.HALF);
    }

    @Test
    void aStateShareJustBelowTheStateThresholdIsNotRoundedOntoIt() {
        // 54,996 of 100,000 is below 55% but rounds to 55.00%: a state that does not approve
        // must not be shown with the share that approves.
        DoubleMajorityOutcome outcome = doubleMajority(Threshold.SIMPLE_MAJORITY, Threshold.parse(">=55%"));
        assertThat(Shares.percent(54_996, 100_000, 2, List.of(Fraction.HALF))).isEqualTo("55.00%");
        assertThat(Shares.percent(54_996, 100_000, 2, Shares.validBounds(List.of(outcome), YES)))
                .isEqualTo("54.996%");
    }

    @Test
    void aShareJustBelowADoubleMajorityOfMoreThanHalfShowsItsThirdDecimal() {
        DoubleMajorityOutcome outcome = doubleMajority(Threshold.SIMPLE_MAJORITY, Threshold.SIMPLE_MAJORITY);
        assertThat(Shares.percent(49_996, 100_000, 2, Shares.validBounds(List.of(outcome), YES)))
                .isEqualTo("49.996%");
    }

    @Test
    void turnoutQuorumsOfADoubleMajorityAreBoundsForTurnout() {
        DoubleMajorityOutcome outcome = new DoubleMajorityOutcome("Q", Decision.INVALID, Optional.empty(), YES,
                Threshold.SIMPLE_MAJORITY, 1, 2, false, Threshold.SIMPLE_MAJORITY, StatesRequirement.MAJORITY,
                Fraction.ZERO, Fraction.ONE, false, List.of(), true,
                List.of(new QuorumCheck(Quorum.parse("turnout>=2/5"), 1, 4, false)), List.of(), List.of(),
                List.of(), "");
        assertThat(Shares.turnoutBounds(List.of(outcome))).containsExactly(Fraction.of(2, 5));
    }

    private static DoubleMajorityOutcome doubleMajority(Threshold national, Threshold state) {
        return new DoubleMajorityOutcome("Q", Decision.REJECTED, Optional.empty(), YES, national, 1, 2, false, state,
                StatesRequirement.MAJORITY, Fraction.ZERO, Fraction.ONE, false, List.of(), true, List.of(), List.of(),
                List.of(), List.of(), "");
    }
}
