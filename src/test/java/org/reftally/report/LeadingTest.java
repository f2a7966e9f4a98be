package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;

class LeadingTest {

    private static Counts votes(long... votes) {
        return SampleReports.counts(votes, 0, 0, 0);
    }

    @Test
    void marginIsTheExactLeadOverTheRunnerUpAsAShareOfValidVotes() {
        Leading leading = Leading.of(votes(30, 50, 20));

        assertThat(leading.option()).isEqualTo(1);
        assertThat(leading.margin()).isEqualTo(Fraction.of(20, 100));
        assertThat(leading.isTie()).isFalse();
    }

    @Test
    void runnerUpIsFoundWhicheverOrderTheOptionsComeIn() {
        assertThat(Leading.of(votes(50, 45, 5)).margin()).isEqualTo(Fraction.of(5, 100));
        assertThat(Leading.of(votes(5, 45, 50)).margin()).isEqualTo(Fraction.of(5, 100));
        assertThat(Leading.of(votes(45, 50, 5)).margin()).isEqualTo(Fraction.of(5, 100));
    }

    @Test
    void marginOfExactlyFivePointsIsTheSecondShadeNotTheFirst() {
        assertThat(Leading.of(votes(5_250, 4_750)).step()).isEqualTo(2);
        assertThat(Leading.of(votes(5_249, 4_751)).step()).isEqualTo(1);
    }

    @Test
    void shadeStepsFollowTheMarginBounds() {
        assertThat(Leading.of(votes(549, 451)).step()).isEqualTo(2);
        assertThat(Leading.of(votes(550, 450)).step()).isEqualTo(3);
        assertThat(Leading.of(votes(599, 401)).step()).isEqualTo(3);
        assertThat(Leading.of(votes(600, 400)).step()).isEqualTo(4);
    }

    @Test
    void equalTopCountsAreATieThatIsNeverBroken() {
        Leading leading = Leading.of(votes(10, 40, 40));

        assertThat(leading.isTie()).isTrue();
        assertThat(leading.hasLeader()).isFalse();
        assertThat(leading.tied()).containsExactly(1, 2);
    }

    @Test
    void equalCountsBelowTheLeaderAreNoTie() {
        Leading leading = Leading.of(votes(50, 20, 20));

        assertThat(leading.option()).isZero();
        assertThat(leading.margin()).isEqualTo(Fraction.of(30, 90));
    }

    @Test
    void noValidVoteHasNoLeaderAndNoTie() {
        Leading leading = Leading.of(votes(0, 0));

        assertThat(leading.hasLeader()).isFalse();
        assertThat(leading.isTie()).isFalse();
        assertThat(leading.tied()).isEqualTo(List.of());
    }

    @Test
    void singleOptionLeadsByItsWholeShare() {
        assertThat(Leading.of(votes(7)).margin()).isEqualTo(Fraction.ONE);
    }
}
