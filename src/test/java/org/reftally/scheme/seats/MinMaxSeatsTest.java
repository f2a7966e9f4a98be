package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.scheme.seats.Fixtures.problem;

import org.junit.jupiter.api.Test;

class MinMaxSeatsTest {

  private static final long[] BALINSKI_YOUNG = {5117, 4400, 162, 161, 160};

  @Test
  void theCapPassesTheSurplusSeatsOnInDivisorOrder() {
    SeatAllocation a = SeatAllocator.allocate(
        problem(SeatMethod.DHONDT, 100, BALINSKI_YOUNG).maxSeats(50).build());
    assertThat(a.seats()).containsExactly(50, 47, 1, 1, 1);
  }

  @Test
  void theMinimumIsGivenFirstAndTheDivisorSequenceContinuesFromIt() {
    SeatAllocation a = SeatAllocator.allocate(
        problem(SeatMethod.DHONDT, 100, BALINSKI_YOUNG).minSeats(2).build());
    assertThat(a.seats()).containsExactly(51, 43, 2, 2, 2);
    // the small parties' minimum seats are seats 1..10; no award by priority goes to them
    assertThat(a.lastAwards()).extracting(Award::party).containsOnly("A", "B");
  }

  @Test
  void minimumUnderAdamsRemovesTheInfinitePriority() {
    // With 1 seat each given first, Adams continues with divisors 1, 2, ...
    SeatAllocation a = SeatAllocator.allocate(
        problem(SeatMethod.ADAMS, 5, 100, 10, 10).minSeats(1).build());
    assertThat(a.seats()).containsExactly(3, 1, 1);
  }

  @Test
  void largestRemainderHonoursMinimumAndCap() {
    assertThat(SeatAllocator.allocate(problem(SeatMethod.HARE, 10, 97, 2, 1).minSeats(1).build())
        .seats()).containsExactly(8, 1, 1);
    assertThat(SeatAllocator.allocate(problem(SeatMethod.HARE, 10, 97, 2, 1).maxSeats(5)
        .tiePolicy(TiePolicy.ORDER).build()).seats()).containsExactly(5, 3, 2);
  }

  @Test
  void equalMinimumAndCapFixesEveryone() {
    assertThat(SeatAllocator.allocate(
        problem(SeatMethod.SAINTE_LAGUE, 6, 100, 1, 1).minSeats(2).maxSeats(2).build()).seats())
        .containsExactly(2, 2, 2);
  }
}
