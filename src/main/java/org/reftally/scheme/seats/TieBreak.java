package org.reftally.scheme.seats;

import java.util.List;
import java.util.Objects;

/**
 * A seat decided between parties with exactly equal priority (divisor methods) or equal remaining
 * claim (largest remainder), when there were fewer seats left than tied parties.
 *
 * <p>Invariants: at least two tied parties, in input order, and the winner is one of them.
 * Immutable and thread-safe.
 *
 * @param seat the seat number decided (1-based, counting every seat held)
 * @param parties the tied parties, in input order
 * @param policy the policy that decided it ({@link TiePolicy#LOT} or {@link TiePolicy#ORDER})
 * @param winner the party that got the seat
 */
public record TieBreak(int seat, List<String> parties, TiePolicy policy, String winner) {

  /** Copies the list and validates. */
  public TieBreak {
    parties = List.copyOf(parties);
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(winner, "winner");
    if (parties.size() < 2 || !parties.contains(winner)) {
      throw new IllegalArgumentException(
          "A tie break needs two or more parties including the winner: " + parties + ".");
    }
  }
}
