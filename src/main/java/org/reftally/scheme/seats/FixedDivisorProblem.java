package org.reftally.scheme.seats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.reftally.model.Fraction;

/**
 * A fixed-divisor apportionment: one seat per {@code divisor} people (or votes), rounded as
 * stated, with a minimum per jurisdiction; the house size follows from the result. For example
 * one senator per 8,000,000 people, at least one per state.
 *
 * <p>Invariants, checked together: at least one jurisdiction, unique names, a positive divisor,
 * a minimum of 0 or more. Immutable and thread-safe.
 *
 * @param parties the jurisdictions (or parties) with their populations, in input order
 * @param divisor people per seat, an exact positive fraction
 * @param minSeats the least any jurisdiction gets, even with a small or zero population
 * @param rounding how {@code population / divisor} becomes whole seats
 */
public record FixedDivisorProblem(List<Party> parties, Fraction divisor, int minSeats,
    FixedRounding rounding) {

  /** Copies the list and validates everything at once. */
  public FixedDivisorProblem {
    parties = List.copyOf(parties);
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    List<String> problems = new ArrayList<>();
    if (parties.isEmpty()) {
      problems.add("There must be at least one jurisdiction.");
    }
    Set<String> seen = new HashSet<>();
    for (Party p : parties) {
      if (!seen.add(p.name())) {
        problems.add("The name '" + p.name() + "' appears more than once.");
      }
    }
    if (divisor.signum() <= 0) {
      problems.add("The divisor (people per seat) must be positive, not " + divisor + ".");
    }
    if (minSeats < 0) {
      problems.add("The minimum seats must be 0 or more, not " + minSeats + ".");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid fixed-divisor apportionment: " + String.join(" ", problems));
    }
  }
}
