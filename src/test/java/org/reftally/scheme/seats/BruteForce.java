package org.reftally.scheme.seats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.reftally.model.Fraction;

/**
 * Independent reference implementations for the property tests, deliberately written another way
 * than the engine.
 *
 * <p>Divisor methods are solved in the "find a divisor" form (Balinski and Young, Fair
 * Representation, ch. 4): each party gets {@code clamp(round(votes / lambda))} seats, where
 * {@code round} is the method's rounding rule, and {@code lambda} is searched by bisection in
 * 80-digit decimals. If no {@code lambda} gives exactly the house size, the result is a tie.
 *
 * <p>Largest remainder is solved as whole quotas plus a sort of the remainders.
 */
final class BruteForce {

  private static final MathContext MC = new MathContext(80, RoundingMode.HALF_EVEN);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private BruteForce() {}

  /** The allocation, or empty if no divisor gives exactly {@code houseSize} (a tie). */
  static Optional<int[]> divisor(SeatMethod m, Fraction first, long[] votes, int houseSize,
      int min, int max) {
    if (houseSize == 0) {
      // Adams, Dean and Huntington-Hill round every positive quotient up to 1, so only the
      // limit lambda -> infinity gives an empty house; there is nothing to decide.
      return Optional.of(new int[votes.length]);
    }
    BigDecimal f = new BigDecimal(first.numerator()).divide(new BigDecimal(first.denominator()),
        MC);
    long most = 0;
    for (long v : votes) {
      most = Math.max(most, v);
    }
    BigDecimal lo = new BigDecimal("1e-30");
    BigDecimal hi = BigDecimal.valueOf(most).multiply(BigDecimal.TEN).add(BigDecimal.ONE);
    // Stop well before the 80-digit rounding noise: a divisor that works always has room of
    // far more than 1e-40 relative on these small problems, while a tie has none.
    BigDecimal resolution = new BigDecimal("1e-40");
    while (hi.subtract(lo).compareTo(hi.multiply(resolution)) > 0) {
      BigDecimal mid = lo.add(hi).divide(TWO, MC);
      int[] seats = new int[votes.length];
      BigInteger total = BigInteger.ZERO;
      for (int i = 0; i < votes.length; i++) {
        BigInteger r = round(m, f, BigDecimal.valueOf(votes[i]).divide(mid, MC));
        r = r.max(BigInteger.valueOf(min)).min(BigInteger.valueOf(max));
        seats[i] = r.intValueExact();
        total = total.add(r);
      }
      int cmp = total.compareTo(BigInteger.valueOf(houseSize));
      if (cmp == 0) {
        return Optional.of(seats);
      }
      if (cmp > 0) {
        lo = mid; // too many seats: a larger divisor
      } else {
        hi = mid;
      }
    }
    return Optional.empty();
  }

  /** The method's rounding of a quotient {@code x >= 0} to whole seats. */
  static BigInteger round(SeatMethod m, BigDecimal f, BigDecimal x) {
    BigInteger down = x.setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
    BigDecimal n = new BigDecimal(down);
    BigInteger up = down.add(BigInteger.ONE);
    return switch (m) {
      case DHONDT -> down;
      case SAINTE_LAGUE -> x.add(HALF).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
      case MODIFIED_SAINTE_LAGUE -> x.compareTo(f) <= 0 ? BigInteger.ZERO
          : x.divide(TWO, MC).add(HALF).setScale(0, RoundingMode.FLOOR).toBigIntegerExact()
              .max(BigInteger.ONE);
      case ADAMS -> x.setScale(0, RoundingMode.CEILING).toBigIntegerExact();
      // round up past the geometric mean sqrt(n(n+1)): x^2 > n(n+1)
      case HUNTINGTON_HILL -> x.multiply(x, MC).compareTo(n.multiply(n.add(BigDecimal.ONE))) > 0
          ? up : down;
      // round up past the harmonic mean 2n(n+1)/(2n+1): x(2n+1) > 2n(n+1)
      case DEAN -> x.multiply(TWO.multiply(n).add(BigDecimal.ONE), MC)
          .compareTo(TWO.multiply(n).multiply(n.add(BigDecimal.ONE))) > 0 ? up : down;
      case HARE, DROOP -> throw new IllegalArgumentException(m + " is not a divisor method");
    };
  }

  /**
   * Largest remainder without minimum or cap: whole quotas, then one seat each to the largest
   * remainders; empty if equal remainders straddle the cut, or if more seats are left than
   * parties.
   */
  static Optional<int[]> largestRemainder(SeatMethod m, long[] votes, int houseSize) {
    BigInteger total = BigInteger.ZERO;
    for (long v : votes) {
      total = total.add(BigInteger.valueOf(v));
    }
    // Scale so that the quota is a whole number q over the common denominator den.
    BigInteger q;
    BigInteger den;
    if (m == SeatMethod.HARE) {
      q = total;
      den = BigInteger.valueOf(houseSize);
    } else {
      q = total.divide(BigInteger.valueOf(houseSize + 1L)).add(BigInteger.ONE);
      den = BigInteger.ONE;
    }
    int[] seats = new int[votes.length];
    List<int[]> order = new ArrayList<>();
    BigInteger[] remainders = new BigInteger[votes.length];
    int given = 0;
    for (int i = 0; i < votes.length; i++) {
      BigInteger[] qr = BigInteger.valueOf(votes[i]).multiply(den).divideAndRemainder(q);
      seats[i] = qr[0].intValueExact();
      remainders[i] = qr[1];
      given += seats[i];
      order.add(new int[] {i});
    }
    int left = houseSize - given;
    if (left > votes.length) {
      return Optional.empty();
    }
    order.sort(Comparator.comparing((int[] o) -> remainders[o[0]]).reversed());
    if (left > 0 && left < votes.length
        && remainders[order.get(left - 1)[0]].equals(remainders[order.get(left)[0]])) {
      return Optional.empty();
    }
    for (int k = 0; k < left; k++) {
      seats[order.get(k)[0]]++;
    }
    return Optional.of(seats);
  }
}
