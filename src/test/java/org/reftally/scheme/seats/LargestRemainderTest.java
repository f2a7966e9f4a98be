package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.scheme.seats.Fixtures.problem;
import static org.reftally.scheme.seats.Fixtures.seats;
import static org.reftally.scheme.seats.SeatMethod.DROOP;
import static org.reftally.scheme.seats.SeatMethod.HARE;

import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

class LargestRemainderTest {

  @Test
  void hamiltonInBalinskiYoungsExample() {
    assertThat(seats(HARE, 100, 5117, 4400, 162, 161, 160)).containsExactly(51, 44, 2, 2, 1);
  }

  @Test
  void hamiltonSplitsTwentySixSeats() {
    assertThat(seats(HARE, 26, 9061, 7179, 5259, 3319, 1182)).containsExactly(9, 7, 5, 4, 1);
  }

  @Test
  void alabamaParadoxAHouseOneSeatLargerCostsTheThirdStateASeat() {
    long[] populations = {5670, 3850, 420, 60};
    assertThat(seats(HARE, 323, populations)).containsExactly(183, 124, 14, 2);
    assertThat(seats(HARE, 324, populations)).containsExactly(184, 125, 13, 2);
  }

  @Test
  void hareQuotaIsReportedAsAnExactFraction() {
    SeatAllocation a = SeatAllocator.allocate(problem(HARE, 323, 5670, 3850, 420, 60).build());
    assertThat(a.quota()).contains(Fraction.of(10000, 323));
    assertThat(a.quota().get().numerator()).hasToString("10000");
    assertThat(a.quota().get().denominator()).hasToString("323");
    // 420 * 323 / 10000 = 13.566: the third state gets the ceiling of its quota
    assertThat(a.parties().get(2).quota()).isEqualTo(Fraction.of(420 * 323, 10000));
    assertThat(a.lastAwards()).isEmpty();
    assertThat(a.runnersUp()).isEmpty();
    assertThat(a.lastPriority()).isEmpty();
  }

  @Test
  void droopQuotaIsOneMoreThanTheWholePartOfVotesOverSeatsPlusOne() {
    // V = 26000, S = 26: floor(26000 / 27) + 1 = 962 + 1 = 963
    SeatAllocation a = SeatAllocator.allocate(
        problem(DROOP, 26, 9061, 7179, 5259, 3319, 1182).build());
    assertThat(a.quota()).contains(Fraction.of(963));
    // whole quotas 9, 7, 5, 3, 1 = 25; remainders 394, 438, 444, 430, 219: C takes the 26th
    assertThat(a.seats()).containsExactly(9, 7, 6, 3, 1);
  }

  @Test
  void droopQuotaOfAnExactMultipleStillAddsOne() {
    // V = 300, S = 2: floor(300 / 3) + 1 = 101, so no more than two parties can reach it
    SeatAllocation a = SeatAllocator.allocate(problem(DROOP, 2, 100, 100, 100)
        .tiePolicy(TiePolicy.ORDER).build());
    assertThat(a.quota()).contains(Fraction.of(101));
    assertThat(a.seats()).containsExactly(1, 1, 0);
    assertThat(a.tieBreaks()).hasSize(2);
  }

  @Test
  void hareWithNoSeatsHasNoQuota() {
    SeatAllocation a = SeatAllocator.allocate(problem(HARE, 0, 3, 4).build());
    assertThat(a.quota()).isEmpty();
    assertThat(a.seats()).containsExactly(0, 0);
  }
}
