package org.reftally.scheme.seats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import org.reftally.model.Fraction;

/**
 * The exact priority ("average", "quotient") of a party's claim to its next seat under a divisor
 * method: {@code votes / divisor}, or {@code votes / sqrt(divisor)} when {@code squareRoot} is
 * set (Huntington-Hill, whose divisor {@code sqrt(n(n + 1))} is irrational).
 *
 * <p>Comparison is exact: {@code a/d_a} against {@code b/d_b} as {@code a * d_b} against {@code b *
 * d_a} in {@link BigInteger}, or, if either divisor is a square root, {@code a^2 * D_b} against
 * {@code b^2 * D_a} on the squared divisors. A divisor of zero gives infinite priority to a
 * party with votes; a party with no votes has priority zero whatever its divisor, since it has no
 * claim (a convention: 0/0 counts as 0). {@link #approximate} is for display only.
 *
 * <p>The natural order compares values, so it is inconsistent with {@code equals}: {@code 4/2}
 * and {@code 2/1} compare as equal but are different records.
 *
 * <p>Invariants: votes are 0 or more and the divisor is not negative. Immutable and thread-safe.
 */
public record Priority(long votes, Fraction divisor, boolean squareRoot)
    implements Comparable<Priority> {

  /** Validates the components. */
  public Priority {
    Objects.requireNonNull(divisor, "divisor");
    if (votes < 0 || divisor.signum() < 0) {
      throw new IllegalArgumentException("A priority needs votes >= 0 and a divisor >= 0.");
    }
  }

  /** Whether this priority beats every finite one (divisor 0, votes above 0). */
  public boolean isInfinite() {
    return votes > 0 && divisor.signum() == 0;
  }

  /** Whether this priority is zero (no votes). */
  public boolean isZero() {
    return votes == 0;
  }

  /**
   * The exact square of this priority, {@code votes^2 / divisor^2} (or {@code votes^2 / divisor}
   * for a square-root divisor); undefined, and an {@link ArithmeticException}, when infinite.
   */
  public Fraction square() {
    if (isInfinite()) {
      throw new ArithmeticException("An infinite priority has no square.");
    }
    if (isZero()) {
      return Fraction.ZERO;
    }
    BigInteger v = BigInteger.valueOf(votes);
    Fraction squaredDivisor = squareRoot ? divisor : divisor.times(divisor);
    return Fraction.of(v.multiply(v), BigInteger.ONE).dividedBy(squaredDivisor);
  }

  /** A decimal approximation for display only; never use it to decide anything. */
  public BigDecimal approximate(MathContext precision) {
    if (isInfinite()) {
      throw new ArithmeticException("An infinite priority has no decimal value.");
    }
    // Guard digits so that only the final rounding is visible.
    MathContext working =
        new MathContext(precision.getPrecision() + 10, precision.getRoundingMode());
    Fraction sq = square();
    BigDecimal square = new BigDecimal(sq.numerator())
        .divide(new BigDecimal(sq.denominator()), working);
    return square.sqrt(working).round(precision);
  }

  @Override
  public int compareTo(Priority o) {
    if (isInfinite() || o.isInfinite()) {
      return Boolean.compare(isInfinite(), o.isInfinite());
    }
    if (isZero() || o.isZero()) {
      return Boolean.compare(o.isZero(), isZero());
    }
    BigInteger a = BigInteger.valueOf(votes);
    BigInteger b = BigInteger.valueOf(o.votes);
    if (!squareRoot && !o.squareRoot) {
      // a / (p/q) vs b / (r/s)  <=>  a * r * q vs b * p * s (all positive)
      return a.multiply(o.divisor.numerator()).multiply(divisor.denominator())
          .compareTo(b.multiply(divisor.numerator()).multiply(o.divisor.denominator()));
    }
    return square().compareTo(o.square());
  }

  /** E.g. {@code "9061/3"}, {@code "5117/(3/2)"}, {@code "5709752/sqrt(56)"}, {@code "7/0"}. */
  @Override
  public String toString() {
    String d = divisor.isWhole() ? divisor.toString() : "(" + divisor + ")";
    return votes + "/" + (squareRoot ? "sqrt(" + divisor + ")" : d);
  }
}
