package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalTest {

  @Test
  void isKeptInLowestTermsWithAPositiveDenominator() {
    assertThat(Rational.of(14, -10)).isEqualTo(Rational.of(-7, 5));
    assertThat(Rational.of(-7, 5).toString()).isEqualTo("-7/5");
    assertThat(Rational.of(0, -3)).isEqualTo(Rational.ZERO);
    assertThat(Rational.of(6, 3).toString()).isEqualTo("2");
  }

  @Test
  void parsesFractionsAndDecimalsExactly() {
    assertThat(Rational.parse("7/5")).isEqualTo(Rational.of(7, 5));
    assertThat(Rational.parse("1.4")).isEqualTo(Rational.of(7, 5));
    assertThat(Rational.parse("0.1")).isEqualTo(Rational.of(1, 10));
    assertThat(Rational.parse("8000000")).isEqualTo(Rational.of(8_000_000));
    assertThat(Rational.parse("8E6")).isEqualTo(Rational.of(8_000_000));
    assertThatThrownBy(() -> Rational.parse("1.4x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'1.4x' is not an exact number; write it like 7/5, 1.4 or 3.");
    assertThatThrownBy(() -> Rational.parse("1/0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void floorAndCeilingRoundTowardTheRightInfinity() {
    assertThat(Rational.of(7, 2).floor()).isEqualTo(BigInteger.valueOf(3));
    assertThat(Rational.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
    assertThat(Rational.of(7, 2).ceiling()).isEqualTo(BigInteger.valueOf(4));
    assertThat(Rational.of(-7, 2).ceiling()).isEqualTo(BigInteger.valueOf(-3));
    assertThat(Rational.of(4).ceiling()).isEqualTo(BigInteger.valueOf(4));
  }

  @Test
  void arithmeticIsExact() {
    assertThat(Rational.of(1, 3).add(Rational.of(1, 6))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(1, 3).subtract(Rational.of(1, 2))).isEqualTo(Rational.of(-1, 6));
    assertThat(Rational.of(2, 3).multiply(Rational.of(3, 4))).isEqualTo(Rational.of(1, 2));
    assertThat(Rational.of(2, 3).divide(Rational.of(4, 9))).isEqualTo(Rational.of(3, 2));
    assertThat(Rational.of(1, 3)).isLessThan(Rational.of(34, 100));
  }

  @Test
  void huntingtonHillPrioritiesCompareWithoutSquareRoots() {
    // 5709752 / sqrt(56) = 762997.7 beats 20215751 / sqrt(702) = 762994.4
    Priority mn = new Priority(5_709_752, Rational.of(56), true);
    Priority ny = new Priority(20_215_751, Rational.of(702), true);
    assertThat(mn).isGreaterThan(ny);
    assertThat(mn.toString()).isEqualTo("5709752/sqrt(56)");
    assertThat(mn.square()).isEqualTo(Rational.of(5_709_752L * 5_709_752L, 56));
  }

  @Test
  void priorityOrderHandlesInfinityZeroAndFractionalDivisors() {
    Priority infinite = new Priority(1, Rational.ZERO, false);
    Priority zero = new Priority(0, Rational.ZERO, false);
    Priority half = new Priority(1, Rational.of(2), false);
    assertThat(infinite.isInfinite()).isTrue();
    assertThat(zero.isInfinite()).isFalse();
    assertThat(infinite).isGreaterThan(half);
    assertThat(zero).isLessThan(half);
    assertThat(infinite.compareTo(new Priority(5, Rational.ZERO, true))).isZero();
    assertThat(new Priority(3, Rational.of(3, 2), false)).isEqualByComparingTo(
        new Priority(2, Rational.ONE, false));
    assertThat(new Priority(3, Rational.of(3, 2), false).toString()).isEqualTo("3/(3/2)");
    // mixed forms compare on squares: 2/sqrt(4) = 1 = 1/1
    assertThat(new Priority(2, Rational.of(4), true)).isEqualByComparingTo(
        new Priority(1, Rational.ONE, false));
  }
}
