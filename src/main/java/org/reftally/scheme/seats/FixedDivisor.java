package org.reftally.scheme.seats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;

/**
 * Fixed-divisor apportionment: each jurisdiction gets {@code max(minSeats,
 * rounding(population / divisor))} seats, independently of the others, so the house size is an
 * outcome rather than an input (as in "one senator per 8,000,000 people, at least one").
 *
 * <p>Stateless and thread-safe.
 */
public final class FixedDivisor {

  private FixedDivisor() {}

  /**
   * Apportions the seats.
   *
   * @throws IllegalArgumentException if a jurisdiction's seats or the house size would exceed
   *     {@link Integer#MAX_VALUE} (a divisor far too small for the populations)
   */
  public static FixedDivisorAllocation allocate(FixedDivisorProblem problem) {
    List<PartySeats> lines = new ArrayList<>(problem.parties().size());
    BigInteger min = BigInteger.valueOf(problem.minSeats());
    long total = 0;
    for (Party p : problem.parties()) {
      Fraction quota = Fraction.of(p.votes()).dividedBy(problem.divisor());
      BigInteger seats = problem.rounding().round(quota).max(min);
      if (seats.bitLength() >= Integer.SIZE) {
        throw new IllegalArgumentException(p.name() + " would get " + seats
            + " seats; choose a larger divisor.");
      }
      total += seats.intValueExact();
      lines.add(new PartySeats(p.name(), p.votes(), true, seats.intValueExact(), quota));
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "The house would have " + total + " seats; choose a larger divisor.");
    }
    return new FixedDivisorAllocation(problem, lines, (int) total);
  }
}
