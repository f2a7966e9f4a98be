package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void isKeptInLowestTermsWithAPositiveDenominator() {
        assertThat(Fraction.of(14, -10)).isEqualTo(Fraction.of(-7, 5));
        assertThat(Fraction.of(-7, 5).toString()).isEqualTo("-7/5");
        assertThat(Fraction.of(0, -3)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(6, 3).toString()).isEqualTo("2");
        assertThat(Fraction.of(6, 3).isWhole()).isTrue();
    }

    @Test
    void parsesFractionsDecimalsAndPercentagesExactly() {
        assertThat(Fraction.parse("7/5")).isEqualTo(Fraction.of(7, 5));
        assertThat(Fraction.parse("1.4")).isEqualTo(Fraction.of(7, 5));
        assertThat(Fraction.parse("0.1")).isEqualTo(Fraction.of(1, 10));
        assertThat(Fraction.parse("8000000")).isEqualTo(Fraction.of(8_000_000));
        assertThat(Fraction.parse("8E6")).isEqualTo(Fraction.of(8_000_000));
        assertThat(Fraction.parse(" 5% ")).isEqualTo(Fraction.of(1, 20));
    }

    @Test
    void rejectsTextThatIsNotANumberWithAMessageAUserCanAct() {
        assertThatThrownBy(() -> Fraction.parse("1.4x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1.4x' is not a fraction, percentage or decimal (examples: 1/2, 2/3, 55%, 0.5)");
        assertThatThrownBy(() -> Fraction.parse("1/0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1/0' has a zero denominator");
    }

    @Test
    void floorAndCeilingRoundTowardTheRightInfinity() {
        assertThat(Fraction.of(7, 2).floor()).isEqualTo(BigInteger.valueOf(3));
        assertThat(Fraction.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Fraction.of(7, 2).ceiling()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Fraction.of(-7, 2).ceiling()).isEqualTo(BigInteger.valueOf(-3));
        assertThat(Fraction.of(4).floor()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Fraction.of(4).ceiling()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Fraction.of(-4).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Fraction.ZERO.ceiling()).isEqualTo(BigInteger.ZERO);
    }

    @Test
    void arithmeticIsExact() {
        assertThat(Fraction.of(1, 3).plus(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(1, 3).minus(Fraction.of(1, 2))).isEqualTo(Fraction.of(-1, 6));
        assertThat(Fraction.of(2, 3).times(Fraction.of(3, 4))).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(2, 3).dividedBy(Fraction.of(4, 9))).isEqualTo(Fraction.of(3, 2));
        assertThat(Fraction.of(1, 3)).isLessThan(Fraction.of(34, 100));
        assertThatThrownBy(() -> Fraction.ONE.dividedBy(Fraction.ZERO)).isInstanceOf(ArithmeticException.class);
    }
}
