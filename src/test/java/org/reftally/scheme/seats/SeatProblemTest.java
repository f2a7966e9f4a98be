package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.seats.Fixtures.problem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

class SeatProblemTest {

  @Test
  void negativeVotesAreRejectedWithTheParty() {
    assertThatThrownBy(() -> new Party("Yes", -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'Yes' has -3 votes; votes and populations must be 0 or more.");
  }

  @Test
  void blankNamesAreRejected() {
    assertThatThrownBy(() -> new Party(" ", 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moreMinimumSeatsThanTheHouseIsRejected() {
    assertThatThrownBy(() -> problem(SeatMethod.HUNTINGTON_HILL, 2, 5, 6, 7).minSeats(1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid seat allocation: 3 eligible parties with at least 1 seats each need"
            + " more than the 2 seats available.");
  }

  @Test
  void capsThatCannotFillTheHouseAreRejected() {
    assertThatThrownBy(() -> problem(SeatMethod.DHONDT, 10, 5, 6, 7).maxSeats(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 eligible parties with at most 3 seats each cannot fill 10 seats.");
  }

  @Test
  void allZeroVotesWithSeatsToFillIsRejected() {
    assertThatThrownBy(() -> problem(SeatMethod.DHONDT, 1, 0, 0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid seat allocation: All votes are zero, so 1 seats cannot be allocated.");
  }

  @Test
  void allZeroVotesForAnEmptyHouseIsFine() {
    assertThat(SeatAllocator.allocate(problem(SeatMethod.ADAMS, 0, 0, 0).build()).seats())
        .containsExactly(0, 0);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> SeatProblem.builder(SeatMethod.DHONDT, -1)
        .parties(List.of(new Party("A", 1), new Party("A", 2)))
        .minSeats(3).maxSeats(2).traceLength(-1).firstDivisor(Fraction.of(7, 5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll(
            "The name 'A' appears more than once.",
            "The house size must be 0 or more, not -1.",
            "The maximum seats (2) must be at least the minimum (3).",
            "The trace length must be 0 or more, not -1.",
            "A first divisor applies only to modified-sainte-lague, not dhondt.");
  }

  @Test
  void noPartiesIsRejected() {
    assertThatThrownBy(() -> SeatProblem.of(SeatMethod.HARE, 0, List.of()))
        .hasMessageContaining("There must be at least one party.");
  }

  @Test
  void aNonPositiveFirstDivisorIsRejected() {
    assertThatThrownBy(() -> problem(SeatMethod.MODIFIED_SAINTE_LAGUE, 3, 1, 2)
        .firstDivisor(Fraction.ZERO).build())
        .hasMessageContaining("The first divisor must be positive, not 0.");
  }

  @Test
  void votesBeyondLongArithmeticAreSummedExactly() {
    SeatAllocation a = SeatAllocator.allocate(
        problem(SeatMethod.HARE, 2, Long.MAX_VALUE, Long.MAX_VALUE).tiePolicy(TiePolicy.ORDER)
            .build());
    assertThat(a.seats()).containsExactly(1, 1);
    assertThat(a.quota()).contains(Fraction.of(Long.MAX_VALUE));
  }

  @Test
  void defaultsAreStated() {
    SeatProblem p = SeatProblem.of(SeatMethod.DHONDT, 3, Fixtures.parties(1, 2));
    assertThat(p.tiePolicy()).isEqualTo(TiePolicy.ERROR);
    assertThat(p.threshold()).isEqualTo(SeatThreshold.none());
    assertThat(p.minSeats()).isZero();
    assertThat(p.maxSeats()).isEmpty();
    assertThat(p.traceLength()).isEqualTo(5);
    assertThat(p.firstDivisor()).isEmpty();
  }
}
