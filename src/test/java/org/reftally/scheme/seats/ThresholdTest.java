package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.seats.Fixtures.problem;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

class ThresholdTest {

  private static final SeatThreshold FIVE_PERCENT = SeatThreshold.share(Fraction.of(1, 20));

  @Test
  void aPartyWithExactlyFivePercentIsEligible() {
    // 50 of 1000 valid votes is exactly 1/20: 50 * 20 >= 1 * 1000
    SeatAllocation a = SeatAllocator.allocate(problem(SeatMethod.SAINTE_LAGUE, 20, 50, 449, 501)
        .threshold(FIVE_PERCENT).build());
    assertThat(a.excluded()).isEmpty();
    assertThat(a.seats()).containsExactly(1, 9, 10);
  }

  @Test
  void aPartyOneVoteBelowFivePercentIsExcludedAndReportedAsSuch() {
    // 49 of 1000: 49 * 20 = 980 < 1000
    SeatAllocation a = SeatAllocator.allocate(problem(SeatMethod.SAINTE_LAGUE, 20, 49, 450, 501)
        .threshold(FIVE_PERCENT).build());
    assertThat(a.excluded()).containsExactly("A");
    assertThat(a.parties().get(0).eligible()).isFalse();
    assertThat(a.parties().get(0).quota()).isEqualTo(Fraction.ZERO);
    assertThat(a.seats()).containsExactly(0, 9, 11);
    // the others' quotas are over the 951 eligible votes
    assertThat(a.parties().get(1).quota()).isEqualTo(Fraction.of(450 * 20, 951));
  }

  @Test
  void theShareIsOfAllValidVotesNotOnlyTheEligible() {
    assertThat(FIVE_PERCENT.admits(5, BigInteger.valueOf(100), 10)).isTrue();
    assertThat(FIVE_PERCENT.admits(4, BigInteger.valueOf(100), 10)).isFalse();
    assertThat(FIVE_PERCENT.admits(1, BigInteger.valueOf(21), 10)).isFalse(); // 4.76%
    assertThat(FIVE_PERCENT.admits(1, BigInteger.valueOf(20), 10)).isTrue();
  }

  @Test
  void oneFullHareQuotaAtTheBoundaryIsEligible() {
    // V = 100, S = 5: quota 20; 20 * 5 >= 100
    SeatAllocation a = SeatAllocator.allocate(problem(SeatMethod.DHONDT, 5, 60, 20, 20)
        .threshold(SeatThreshold.hareQuota()).build());
    assertThat(a.excluded()).isEmpty();
    assertThat(a.seats()).containsExactly(3, 1, 1);
  }

  @Test
  void belowOneFullHareQuotaIsExcluded() {
    SeatAllocation a = SeatAllocator.allocate(problem(SeatMethod.DHONDT, 5, 60, 25, 15)
        .threshold(SeatThreshold.hareQuota()).build());
    assertThat(a.excluded()).containsExactly("C");
    assertThat(a.seats()).containsExactly(4, 1, 0);
  }

  @Test
  void excludedPartiesGetNoMinimumSeats() {
    SeatAllocation a = SeatAllocator.allocate(problem(SeatMethod.HARE, 5, 60, 25, 15)
        .threshold(SeatThreshold.hareQuota()).minSeats(1).build());
    assertThat(a.seats()).containsExactly(4, 1, 0);
  }

  @Test
  void aThresholdNobodyReachesIsAnError() {
    assertThatThrownBy(() -> problem(SeatMethod.DHONDT, 2, 1, 1, 1)
        .threshold(SeatThreshold.share(Fraction.of(1, 2))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("No party reaches the threshold (share >= 1/2).");
  }

  @Test
  void aShareOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> SeatThreshold.share(Fraction.of(3, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A vote-share threshold must be between 0 and 1, not 3/2.");
  }

  @Test
  void parsesSharesQuotaAndNoneAsUsersWriteThem() {
    assertThat(SeatThreshold.parse("5%")).isEqualTo(FIVE_PERCENT);
    assertThat(SeatThreshold.parse(" 1/20 ")).isEqualTo(FIVE_PERCENT);
    assertThat(SeatThreshold.parse("0.05")).isEqualTo(FIVE_PERCENT);
    assertThat(SeatThreshold.parse("Quota")).isSameAs(SeatThreshold.hareQuota());
    assertThat(SeatThreshold.parse("none")).isSameAs(SeatThreshold.none());
  }

  @Test
  void rejectsAThresholdItCannotReadNamingTheAcceptedForms() {
    assertThatThrownBy(() -> SeatThreshold.parse("five"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'five' is not a seat threshold; write a share such as 5% or 1/20, quota"
            + " (one full Hare quota), or none.");
    assertThatThrownBy(() -> SeatThreshold.parse("120%"))
        .hasMessage("The seat threshold '120%' must be a share between 0% and 100%.");
  }
}
