package org.reftally.scheme.seats;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.Fraction;

/**
 * The outcome of a {@link SeatProblem}: the seats and the reasons for them.
 *
 * <p>Invariants: one {@link PartySeats} per party in input order, seats summing to the house
 * size. Immutable and thread-safe.
 *
 * @param method the rule applied
 * @param houseSize the seats filled
 * @param parties each party's seats, eligibility and exact quota, in input order
 * @param quota largest remainder only: the exact Hare quota {@code V / S} or the Droop quota
 *     {@code floor(V / (S + 1)) + 1}, over the eligible votes; empty for divisor methods (and for
 *     Hare with a house of 0)
 * @param lastPriority divisor methods only: the priority on which the last seat was awarded;
 *     empty if every seat was a minimum seat, and for largest remainder
 * @param lastAwards divisor methods only: up to the trace length of the last seats awarded by
 *     priority, in award order (minimum seats are not listed)
 * @param runnersUp divisor methods only: up to the trace length of the seats that would be
 *     awarded next if the house were larger, in award order; ties among them are listed in input
 *     order and not reported as tie breaks
 * @param tieBreaks every seat decided between equally placed parties, in seat order
 */
public record SeatAllocation(
    SeatMethod method,
    int houseSize,
    List<PartySeats> parties,
    Optional<Fraction> quota,
    Optional<Priority> lastPriority,
    List<Award> lastAwards,
    List<Award> runnersUp,
    List<TieBreak> tieBreaks) {

  /** Copies the lists and checks the seat total. */
  public SeatAllocation {
    Objects.requireNonNull(method, "method");
    parties = List.copyOf(parties);
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(lastPriority, "lastPriority");
    lastAwards = List.copyOf(lastAwards);
    runnersUp = List.copyOf(runnersUp);
    tieBreaks = List.copyOf(tieBreaks);
    int total = parties.stream().mapToInt(PartySeats::seats).sum();
    if (total != houseSize) {
      throw new IllegalArgumentException(
          "Seats add up to " + total + ", not the house size " + houseSize + ".");
    }
  }

  /** The seats of each party, in input order. */
  public List<Integer> seats() {
    return parties.stream().map(PartySeats::seats).toList();
  }

  /** The seats of the named party. */
  public int seatsOf(String party) {
    return parties.stream().filter(p -> p.name().equals(party)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("No party named '" + party + "'."))
        .seats();
  }

  /** The names of the parties the threshold excluded, in input order. */
  public List<String> excluded() {
    return parties.stream().filter(p -> !p.eligible()).map(PartySeats::name).toList();
  }
}
