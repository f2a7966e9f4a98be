package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.scheme.seats.Fixtures.problem;
import static org.reftally.scheme.seats.Fixtures.seats;
import static org.reftally.scheme.seats.SeatMethod.ADAMS;
import static org.reftally.scheme.seats.SeatMethod.DEAN;
import static org.reftally.scheme.seats.SeatMethod.DHONDT;
import static org.reftally.scheme.seats.SeatMethod.HUNTINGTON_HILL;
import static org.reftally.scheme.seats.SeatMethod.MODIFIED_SAINTE_LAGUE;
import static org.reftally.scheme.seats.SeatMethod.SAINTE_LAGUE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reftally.model.Fraction;

class DivisorMethodTest {

  private static final long[] BALINSKI_YOUNG = {5117, 4400, 162, 161, 160};
  private static final long[] TWENTY_SIX = {9061, 7179, 5259, 3319, 1182};

  @Test
  void dhondtFavoursTheLargePartiesInBalinskiYoungsExample() {
    assertThat(seats(DHONDT, 100, BALINSKI_YOUNG)).containsExactly(52, 45, 1, 1, 1);
  }

  @ParameterizedTest
  @EnumSource(names = {"SAINTE_LAGUE", "MODIFIED_SAINTE_LAGUE", "HUNTINGTON_HILL", "ADAMS",
      "DEAN"})
  void otherDivisorMethodsGiveTheSmallPartiesTwoSeatsInBalinskiYoungsExample(SeatMethod m) {
    assertThat(seats(m, 100, BALINSKI_YOUNG)).containsExactly(51, 43, 2, 2, 2);
  }

  @Test
  void everyDivisorMethodSplitsTwentySixSeatsItsOwnWay() {
    assertThat(seats(DHONDT, 26, TWENTY_SIX)).containsExactly(10, 7, 5, 3, 1);
    assertThat(seats(SAINTE_LAGUE, 26, TWENTY_SIX)).containsExactly(9, 8, 5, 3, 1);
    assertThat(seats(HUNTINGTON_HILL, 26, TWENTY_SIX)).containsExactly(9, 7, 6, 3, 1);
    assertThat(seats(ADAMS, 26, TWENTY_SIX)).containsExactly(9, 7, 5, 3, 2);
    assertThat(seats(DEAN, 26, TWENTY_SIX)).containsExactly(9, 7, 5, 4, 1);
  }

  @Test
  void modifiedSainteLagueWithholdsTheFirstSeatFromASmallParty() {
    assertThat(seats(SAINTE_LAGUE, 4, 6, 1)).containsExactly(3, 1);
    assertThat(seats(MODIFIED_SAINTE_LAGUE, 4, 6, 1)).containsExactly(4, 0);
  }

  @Test
  void modifiedSainteLagueFirstDivisorIsOnTheOddNumberScale() {
    // 1.4, 3, 5, 7, ... (Norway): E's 1182 / 1.4 = 844.3 wins it a seat long before seat 26,
    // which goes to B on 7179 / 15 = 478.6.
    assertThat(seats(MODIFIED_SAINTE_LAGUE, 26, TWENTY_SIX)).containsExactly(9, 8, 5, 3, 1);
    // A first divisor of 1 is plain Sainte-Lague.
    SeatProblem plain = problem(MODIFIED_SAINTE_LAGUE, 26, TWENTY_SIX)
        .firstDivisor(Fraction.ONE).build();
    assertThat(SeatAllocator.allocate(plain).seats())
        .isEqualTo(seats(SAINTE_LAGUE, 26, TWENTY_SIX));
    // 1.4 read on the n + 1/2 scale would be 2.8 here: 1182 / 2.8 = 422.1 falls below C's
    // 5259 / 11 = 478.1 for seat 26 and shuts E out. The scale matters.
    SeatProblem high = problem(MODIFIED_SAINTE_LAGUE, 26, TWENTY_SIX)
        .firstDivisor(Fraction.parse("2.8")).build();
    assertThat(SeatAllocator.allocate(high).seats()).containsExactly(9, 8, 6, 3, 0);
  }

  @Test
  void reportsTheLastAwardsAndTheRunnersUpWithExactPriorities() {
    SeatAllocation a = SeatAllocator.allocate(problem(DHONDT, 26, TWENTY_SIX).build());

    assertThat(a.lastAwards()).hasSize(5);
    Award last = a.lastAwards().get(4);
    assertThat(last.seat()).isEqualTo(26);
    assertThat(last.party()).isEqualTo("A");
    assertThat(last.priority()).isEqualTo(new Priority(9061, Fraction.of(10), false));
    assertThat(a.lastPriority()).contains(last.priority());
    assertThat(a.runnersUp()).extracting(Award::seat).containsExactly(27, 28, 29, 30, 31);
    // B would take seat 27 on 7179/8 = 897.4 (above C's 5259/6 = 876.5 and A's 9061/11).
    assertThat(a.runnersUp().get(0)).isEqualTo(
        new Award(27, "B", new Priority(7179, Fraction.of(8), false)));
    assertThat(a.quota()).isEmpty();
    assertThat(a.tieBreaks()).isEmpty();
  }

  @Test
  void traceLengthIsConfigurable() {
    SeatAllocation a = SeatAllocator.allocate(
        problem(SAINTE_LAGUE, 26, TWENTY_SIX).traceLength(2).build());
    assertThat(a.lastAwards()).extracting(Award::seat).containsExactly(25, 26);
    assertThat(a.runnersUp()).extracting(Award::seat).containsExactly(27, 28);

    SeatAllocation none = SeatAllocator.allocate(
        problem(SAINTE_LAGUE, 26, TWENTY_SIX).traceLength(0).build());
    assertThat(none.lastAwards()).isEmpty();
    assertThat(none.runnersUp()).isEmpty();
    assertThat(none.lastPriority()).isEmpty();
  }

  @Test
  void perPartyQuotaIsTheExactShareOfTheHouse() {
    SeatAllocation a = SeatAllocator.allocate(problem(DHONDT, 26, TWENTY_SIX).build());
    // 9061 * 26 / 26000
    assertThat(a.parties().get(0).quota()).isEqualTo(Fraction.of(9061 * 26, 26000));
    assertThat(a.parties().get(0).quota().toString()).isEqualTo("9061/1000");
  }

  @Test
  void zeroSeatPartiesHaveInfinitePriorityUnderAdamsDeanAndHuntingtonHill() {
    for (SeatMethod m : List.of(ADAMS, DEAN, HUNTINGTON_HILL)) {
      assertThat(seats(m, 3, 1_000_000, 1, 1)).as(m.cliName()).containsExactly(1, 1, 1);
    }
    assertThat(seats(DHONDT, 3, 1_000_000, 1, 1)).containsExactly(3, 0, 0);
  }

  @Test
  void aPartyWithoutVotesHasNoClaimEvenUnderAdams() {
    assertThat(seats(ADAMS, 3, 10, 0, 5)).containsExactly(2, 0, 1);
  }
}
