package org.reftally.scheme.seats;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The outcome of a {@link FixedDivisorProblem}.
 *
 * <p>Invariants: one line per jurisdiction in input order, each with {@code quota = population /
 * divisor} exactly and {@code seats = max(minSeats, rounding(quota))}; the house size is their
 * sum. Immutable and thread-safe.
 *
 * @param problem what was solved
 * @param parties each jurisdiction's seats and exact quotient, in input order
 * @param houseSize the resulting number of seats
 */
public record FixedDivisorAllocation(FixedDivisorProblem problem, List<PartySeats> parties,
    int houseSize) {

  /** Copies the list and checks the total. */
  public FixedDivisorAllocation {
    Objects.requireNonNull(problem, "problem");
    parties = List.copyOf(parties);
    long total = parties.stream().mapToLong(PartySeats::seats).sum();
    if (total != houseSize) {
      throw new IllegalArgumentException(
          "Seats add up to " + total + ", not the house size " + houseSize + ".");
    }
  }

  /** The seats of each jurisdiction, in input order. */
  public List<Integer> seats() {
    return parties.stream().map(PartySeats::seats).toList();
  }

  /** The seats of the named jurisdiction. */
  public int seatsOf(String name) {
    return parties.stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("No jurisdiction named '" + name + "'."))
        .seats();
  }
}
