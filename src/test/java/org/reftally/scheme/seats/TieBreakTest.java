package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.reftally.scheme.seats.Fixtures.problem;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TieBreakTest {

  private static SeatAllocation threeEqualPartiesForFourSeats(SeatMethod m, TiePolicy p,
      long seed) {
    return SeatAllocator.allocate(problem(m, 4, 11, 11, 11).tiePolicy(p).seed(seed).build());
  }

  @ParameterizedTest
  @EnumSource(SeatMethod.class)
  void errorPolicyRefusesTheFourthSeatAndNamesTheParties(SeatMethod m) {
    assertThatThrownBy(() -> threeEqualPartiesForFourSeats(m, TiePolicy.ERROR, 0))
        .isInstanceOf(SeatTieException.class)
        .hasMessageContaining("Seat 4 of 4 is tied between A, B and C")
        .satisfies(e -> {
          SeatTieException tie = (SeatTieException) e;
          assertThat(tie.seat()).isEqualTo(4);
          assertThat(tie.parties()).containsExactly("A", "B", "C");
        });
  }

  @Test
  void tieMessageStatesTheExactPriority() {
    assertThatThrownBy(() -> threeEqualPartiesForFourSeats(SeatMethod.DHONDT, TiePolicy.ERROR, 0))
        .hasMessage("Seat 4 of 4 is tied between A, B and C (equal priority 11/2); choose a tie"
            + " policy (lot with a seed, or order) to decide it.");
    assertThatThrownBy(() -> threeEqualPartiesForFourSeats(SeatMethod.HARE, TiePolicy.ERROR, 0))
        .hasMessageContaining("(equal remainder 11/4)");
  }

  @Test
  void aTieLocatedInAJurisdictionSaysWhereAndKeepsTheSeatAndParties() {
    SeatTieException tie = catchThrowableOfType(SeatTieException.class,
        () -> threeEqualPartiesForFourSeats(SeatMethod.DHONDT, TiePolicy.ERROR, 0));
    SeatTieException located = tie.in("FL");
    assertThat(located).hasMessage("In FL: " + tie.getMessage()).hasCause(tie);
    assertThat(located.seat()).isEqualTo(4);
    assertThat(located.parties()).containsExactly("A", "B", "C");
  }

  @ParameterizedTest
  @EnumSource(SeatMethod.class)
  void orderPolicyGivesTheSeatToTheFirstParty(SeatMethod m) {
    SeatAllocation a = threeEqualPartiesForFourSeats(m, TiePolicy.ORDER, 0);
    assertThat(a.seats()).containsExactly(2, 1, 1);
    assertThat(a.tieBreaks()).containsExactly(
        new TieBreak(4, List.of("A", "B", "C"), TiePolicy.ORDER, "A"));
  }

  @ParameterizedTest
  @EnumSource(SeatMethod.class)
  void lotIsReproducibleFromItsSeed(SeatMethod m) {
    for (long seed = 0; seed < 20; seed++) {
      SeatAllocation first = threeEqualPartiesForFourSeats(m, TiePolicy.LOT, seed);
      SeatAllocation again = threeEqualPartiesForFourSeats(m, TiePolicy.LOT, seed);
      assertThat(again).isEqualTo(first);
      assertThat(first.seats()).containsExactlyInAnyOrder(2, 1, 1);
      TieBreak tie = first.tieBreaks().get(0);
      assertThat(tie.policy()).isEqualTo(TiePolicy.LOT);
      assertThat(first.seatsOf(tie.winner())).isEqualTo(2);
    }
  }

  @Test
  void lotCanFallOnEveryTiedParty() {
    Set<String> winners = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      winners.add(threeEqualPartiesForFourSeats(SeatMethod.DHONDT, TiePolicy.LOT, seed)
          .tieBreaks().get(0).winner());
    }
    assertThat(winners).containsExactlyInAnyOrder("A", "B", "C");
  }

  @ParameterizedTest
  @EnumSource(TiePolicy.class)
  void aTieEveryPartySurvivesIsNoDecision(TiePolicy p) {
    SeatAllocation a = SeatAllocator.allocate(
        problem(SeatMethod.DHONDT, 3, 11, 11, 11).tiePolicy(p).build());
    assertThat(a.seats()).containsExactly(1, 1, 1);
    assertThat(a.tieBreaks()).isEmpty();
  }

  @Test
  void severalContestedSeatsAreEachRecorded() {
    // Adams, 2 seats, 3 parties with no seat yet: infinite priority all round.
    SeatAllocation a = SeatAllocator.allocate(
        problem(SeatMethod.ADAMS, 2, 5, 7, 9).tiePolicy(TiePolicy.ORDER).build());
    assertThat(a.seats()).containsExactly(1, 1, 0);
    assertThat(a.tieBreaks()).containsExactly(
        new TieBreak(1, List.of("A", "B", "C"), TiePolicy.ORDER, "A"),
        new TieBreak(2, List.of("B", "C"), TiePolicy.ORDER, "B"));
  }

  @Test
  void runnersUpAfterATieContinueInInputOrder() {
    SeatAllocation a = threeEqualPartiesForFourSeats(SeatMethod.DHONDT, TiePolicy.ORDER, 0);
    assertThat(a.runnersUp()).extracting(Award::party).startsWith("B", "C");
    assertThat(a.tieBreaks()).hasSize(1);
  }

  @Test
  void tiePolicyNamesParseCaseInsensitively() {
    assertThat(TiePolicy.parse("Lot")).isEqualTo(TiePolicy.LOT);
    assertThat(EnumSet.allOf(TiePolicy.class)).allSatisfy(
        p -> assertThat(TiePolicy.parse(p.cliName().toUpperCase())).isEqualTo(p));
    assertThatThrownBy(() -> TiePolicy.parse("coin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown tie policy 'coin'; valid names are: error, lot, order.");
  }
}
