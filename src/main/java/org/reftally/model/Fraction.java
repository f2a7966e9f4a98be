package org.reftally.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact non-negative-or-negative rational number, always in lowest terms with a positive
 * denominator.
 *
 * <p>Every decision reftally makes (majority, threshold, quorum, state weight, seat quota) is
 * a comparison of fractions; doubles are never compared. Conversion to a decimal is only for
 * display and always names its {@link RoundingMode}.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);
    public static final Fraction HALF = new Fraction(BigInteger.ONE, BigInteger.TWO);

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** The fraction {@code numerator / denominator}, reduced; the denominator must not be zero. */
    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("fraction with a zero denominator");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            denominator = BigInteger.ONE;
        }
        return new Fraction(numerator, denominator);
    }

    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(long whole) {
        return of(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    /** The exact value of a decimal, e.g. {@code 0.5} is 1/2. */
    public static Fraction of(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return of(stripped.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(stripped.unscaledValue(), BigInteger.TEN.pow(stripped.scale()));
    }

    /**
     * Parses {@code 2/3}, {@code 55%}, {@code 50.5%}, {@code 0.5} or {@code 3}; surrounding spaces
     * are allowed.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static Fraction parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            if (s.endsWith("%")) {
                return of(new BigDecimal(s.substring(0, s.length() - 1).strip())).dividedBy(of(100));
            }
            int slash = s.indexOf('/');
            if (slash >= 0) {
                BigInteger num = new BigInteger(s.substring(0, slash).strip());
                BigInteger den = new BigInteger(s.substring(slash + 1).strip());
                if (den.signum() == 0) {
                    throw new IllegalArgumentException("'" + text + "' has a zero denominator");
                }
                return of(num, den);
            }
            return of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a fraction, percentage or decimal (examples: 1/2, 2/3, 55%, 0.5)");
        }
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    public int signum() {
        return numerator.signum();
    }

    public boolean isZero() {
        return numerator.signum() == 0;
    }

    public boolean isWhole() {
        return denominator.equals(BigInteger.ONE);
    }

    public Fraction plus(Fraction other) {
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public Fraction times(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction times(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Fraction dividedBy(Fraction other) {
        if (other.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    /**
     * The greatest whole number not above this value: {@code floor(7/2) = 3},
     * {@code floor(-7/2) = -4}. Exact; seat quotas and fixed-divisor rounding use it.
     */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        // BigInteger division truncates toward zero; a negative remainder means we rounded up.
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The least whole number not below this value: {@code ceiling(7/2) = 4}, {@code ceiling(-7/2) = -3}. */
    public BigInteger ceiling() {
        return negate().floor().negate();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /** The value rounded to {@code scale} decimal places with the named rounding; for display. */
    public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
    }

    /** This fraction as a percentage rounded to {@code scale} places; for display only. */
    public BigDecimal toPercent(int scale, RoundingMode rounding) {
        return of(numerator.multiply(HUNDRED), denominator).toBigDecimal(scale, rounding);
    }

    /**
     * The exact decimal text when the expansion terminates ({@code 8.5}, {@code 0.25}, {@code 3}),
     * otherwise {@code n/d}. Suited to weights and state tallies, which officials write as decimals.
     */
    public String toDecimalString() {
        BigInteger d = denominator;
        int twos = 0;
        int fives = 0;
        while (d.mod(BigInteger.TWO).signum() == 0) {
            d = d.divide(BigInteger.TWO);
            twos++;
        }
        BigInteger five = BigInteger.valueOf(5);
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
            fives++;
        }
        if (!d.equals(BigInteger.ONE)) {
            return toString();
        }
        return toBigDecimal(Math.max(twos, fives), RoundingMode.UNNECESSARY).toPlainString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return numerator.hashCode() * 31 + denominator.hashCode();
    }

    /** {@code n/d}, or {@code n} for a whole number. */
    @Override
    public String toString() {
        return isWhole() ? numerator.toString() : numerator + "/" + denominator;
    }
}
