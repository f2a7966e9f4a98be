package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

class PriorityTest {

  @Test
  void huntingtonHillPrioritiesCompareWithoutSquareRoots() {
    // 5709752 / sqrt(56) = 762997.7 beats 20215751 / sqrt(702) = 762994.4
    Priority mn = new Priority(5_709_752, Fraction.of(56), true);
    Priority ny = new Priority(20_215_751, Fraction.of(702), true);
    assertThat(mn).isGreaterThan(ny);
    assertThat(mn.toString()).isEqualTo("5709752/sqrt(56)");
    assertThat(mn.square()).isEqualTo(Fraction.of(5_709_752L * 5_709_752L, 56));
  }

  @Test
  void priorityOrderHandlesInfinityZeroAndFractionalDivisors() {
    Priority infinite = new Priority(1, Fraction.ZERO, false);
    Priority zero = new Priority(0, Fraction.ZERO, false);
    Priority half = new Priority(1, Fraction.of(2), false);
    assertThat(infinite.isInfinite()).isTrue();
    assertThat(zero.isInfinite()).isFalse();
    assertThat(infinite).isGreaterThan(half);
    assertThat(zero).isLessThan(half);
    assertThat(infinite.compareTo(new Priority(5, Fraction.ZERO, true))).isZero();
    assertThat(new Priority(3, Fraction.of(3, 2), false)).isEqualByComparingTo(
        new Priority(2, Fraction.ONE, false));
    assertThat(new Priority(3, Fraction.of(3, 2), false).toString()).isEqualTo("3/(3/2)");
    // mixed forms compare on squares: 2/sqrt(4) = 1 = 1/1
    assertThat(new Priority(2, Fraction.of(4), true)).isEqualByComparingTo(
        new Priority(1, Fraction.ONE, false));
  }
}
