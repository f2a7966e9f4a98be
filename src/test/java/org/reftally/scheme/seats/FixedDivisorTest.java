package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.seats.Fixtures.parties;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

/**
 * One seat per D people, rounded as stated ({@code nearest} is half-up on the exact fraction:
 * {@code floor(pop / D + 1/2)}), at least the minimum; 2020 apportionment populations.
 */
class FixedDivisorTest {

  private static FixedDivisorAllocation perPeople(long divisor, FixedRounding rounding) {
    return FixedDivisor.allocate(new FixedDivisorProblem(
        UsHouse2020Test.states(), Fraction.of(divisor), 1, rounding));
  }

  @Test
  void oneSenatorPerEightMillionAtLeastOne() {
    FixedDivisorAllocation a = perPeople(8_000_000, FixedRounding.NEAREST);
    assertThat(a.seatsOf("CA")).isEqualTo(5); // 39576757 / 8M = 4.947 -> 5
    assertThat(a.seatsOf("VT")).isEqualTo(1); // 643503 / 8M = 0.080 -> 0, raised to 1
    assertThat(a.seatsOf("TX")).isEqualTo(4); // 3.648 -> 4
    assertThat(a.seatsOf("FL")).isEqualTo(3); // 2.696 -> 3
    assertThat(a.seatsOf("NY")).isEqualTo(3); // 2.527 -> 3
    assertThat(a.seatsOf("PA")).isEqualTo(2); // 1.626 -> 2
    assertThat(a.seatsOf("IL")).isEqualTo(2); // 1.603 -> 2
    assertThat(a.seatsOf("OH")).isEqualTo(1); // 1.476 -> 1: below 12M nobody rounds to 2
    // Only those six states exceed 12M (quotient 1.5): 5 + 4 + 3 + 3 + 2 + 2 = 19, and the
    // other 44 states get 1 each.
    assertThat(a.houseSize()).isEqualTo(19 + 44).isEqualTo(63);
    assertThat(a.parties().get(4).quota()).isEqualTo(Fraction.of(39_576_757, 8_000_000));
  }

  @Test
  void onePerTwoMillionAtLeastOne() {
    FixedDivisorAllocation a = perPeople(2_000_000, FixedRounding.NEAREST);
    assertThat(a.seatsOf("CA")).isEqualTo(20); // 19.788 -> 20
    assertThat(a.seatsOf("TX")).isEqualTo(15); // 14.592 -> 15
    assertThat(a.seatsOf("FL")).isEqualTo(11); // 10.785 -> 11
    assertThat(a.seatsOf("NY")).isEqualTo(10); // 10.108 -> 10
    assertThat(a.seatsOf("OH")).isEqualTo(6); // 5.904 -> 6
    assertThat(a.seatsOf("VT")).isEqualTo(1); // 0.322 -> 0, raised to 1
    assertThat(a.seatsOf("WY")).isEqualTo(1); // 0.289 -> 0, raised to 1
    // By band: CA 20 + TX 15 + FL 11 + NY 10 = 56; PA 7, OH 6, IL 6 = 19; NJ, NC, MI, GA at 5
    // = 20; WA, VA, MA, AZ at 4 = 16; 9 states at 3 (5M to 7M people) = 27;
    // 9 states at 2 (3M..5M people) = 18; 17 states under 3M at 1 = 17.
    // 56 + 19 + 20 + 16 + 27 + 18 + 17 = 173 over 4 + 3 + 4 + 4 + 9 + 9 + 17 = 50 states.
    assertThat(a.houseSize()).isEqualTo(173);
    assertThat(a.seats().stream().filter(s -> s == 3).count()).isEqualTo(9);
    assertThat(a.seats().stream().filter(s -> s == 2).count()).isEqualTo(9);
    assertThat(a.seats().stream().filter(s -> s == 1).count()).isEqualTo(17);
  }

  @Test
  void roundingIsAppliedToTheExactFractionWithHalvesRoundingUp() {
    List<Party> ps = parties(12_000_000, 11_999_999, 8_000_000, 0);
    assertThat(allocate(ps, FixedRounding.NEAREST, 0)).containsExactly(2, 1, 1, 0);
    assertThat(allocate(ps, FixedRounding.UP, 0)).containsExactly(2, 2, 1, 0);
    assertThat(allocate(ps, FixedRounding.DOWN, 0)).containsExactly(1, 1, 1, 0);
    assertThat(allocate(ps, FixedRounding.DOWN, 1)).containsExactly(1, 1, 1, 1);
  }

  private static List<Integer> allocate(List<Party> ps, FixedRounding r, int min) {
    return FixedDivisor.allocate(
        new FixedDivisorProblem(ps, Fraction.of(8_000_000), min, r)).seats();
  }

  @Test
  void aFractionalDivisorIsExact() {
    // 10 / (10/3) = 3 exactly, 11 / (10/3) = 3.3
    assertThat(FixedDivisor.allocate(new FixedDivisorProblem(parties(10, 11),
        Fraction.of(10, 3), 0, FixedRounding.UP)).seats()).containsExactly(3, 4);
  }

  @Test
  void roundingNamesParse() {
    assertThat(FixedRounding.parse("Nearest")).isEqualTo(FixedRounding.NEAREST);
    assertThatThrownBy(() -> FixedRounding.parse("banker"))
        .hasMessage("Unknown rounding 'banker'; valid names are: nearest, up, down.");
  }

  @Test
  void rejectsABadProblemListingEveryReason() {
    assertThatThrownBy(() -> new FixedDivisorProblem(
        List.of(new Party("A", 1), new Party("A", 2)), Fraction.ZERO, -1, FixedRounding.UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContainingAll("'A' appears more than once", "must be positive, not 0",
            "minimum seats must be 0 or more, not -1");
  }

  @Test
  void rejectsAHouseTooLargeToCount() {
    assertThatThrownBy(() -> FixedDivisor.allocate(new FixedDivisorProblem(
        parties(Long.MAX_VALUE), Fraction.ONE, 0, FixedRounding.DOWN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choose a larger divisor");
  }
}
