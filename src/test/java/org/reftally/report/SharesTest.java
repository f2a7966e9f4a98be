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
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.QuorumCheck;

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
}
