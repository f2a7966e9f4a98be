package org.reftally.scheme.seats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number {@code numerator / denominator}, used for quotas, divisors and
 * thresholds so that no seat ever depends on floating-point rounding.
 *
 * <p>Invariants: always in lowest terms, the denominator is positive, and zero is {@code 0/1};
 * two equal values are therefore {@code equals}. Immutable and thread-safe.
 */
public record Rational(BigInteger numerator, BigInteger denominator) implements Comparable<Rational> {

  /** Zero, {@code 0/1}. */
  public static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);

  /** One, {@code 1/1}. */
  public static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  /** Normalises to lowest terms with a positive denominator. */
  public Rational {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("A fraction cannot have denominator 0.");
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
  }

  /** Returns {@code numerator / denominator}; the denominator must not be zero. */
  public static Rational of(long numerator, long denominator) {
    return new Rational(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /** Returns the integer {@code value}. */
  public static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** Returns {@code numerator / denominator}; the denominator must not be zero. */
  public static Rational of(BigInteger numerator, BigInteger denominator) {
    return new Rational(numerator, denominator);
  }

  /**
   * Parses {@code "7/5"}, {@code "1.4"} or {@code "3"} exactly (a decimal is read as the exact
   * fraction it spells, never through a double).
   *
   * @throws IllegalArgumentException with a user-ready message if the text is not a number
   */
  public static Rational parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    try {
      int slash = t.indexOf('/');
      if (slash >= 0) {
        return of(new BigInteger(t.substring(0, slash).strip()),
            new BigInteger(t.substring(slash + 1).strip()));
      }
      BigDecimal d = new BigDecimal(t);
      return d.scale() <= 0
          ? new Rational(d.toBigIntegerExact(), BigInteger.ONE)
          : new Rational(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an exact number; write it like 7/5, 1.4 or 3.", e);
    }
  }

  /** Sign of this value: -1, 0 or 1. */
  public int signum() {
    return numerator.signum();
  }

  public Rational add(Rational o) {
    return new Rational(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Rational subtract(Rational o) {
    return add(o.negate());
  }

  public Rational negate() {
    return new Rational(numerator.negate(), denominator);
  }

  public Rational multiply(Rational o) {
    return new Rational(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  /** Returns {@code this / o}; throws {@link ArithmeticException} if {@code o} is zero. */
  public Rational divide(Rational o) {
    return new Rational(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  /** The greatest integer not above this value. */
  public BigInteger floor() {
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** The least integer not below this value. */
  public BigInteger ceiling() {
    return negate().floor().negate();
  }

  /** Whether this value is a whole number. */
  public boolean isInteger() {
    return denominator.equals(BigInteger.ONE);
  }

  /** A decimal for display only, rounded as stated by the caller. */
  public BigDecimal toBigDecimal(int scale, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
  }

  @Override
  public int compareTo(Rational o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  /** {@code "7/5"}, or just {@code "3"} for a whole number. */
  @Override
  public String toString() {
    return isInteger() ? numerator.toString() : numerator + "/" + denominator;
  }
}
