package org.reftally.scheme.seats;

import java.util.Objects;

/**
 * A contender for seats: a party in an election, or a state or other jurisdiction in an
 * apportionment, with its votes or population.
 *
 * <p>Invariants: the name is not blank; votes are 0 or more. Immutable and thread-safe.
 */
public record Party(String name, long votes) {

  /** Validates the name and the votes. */
  public Party {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A party or jurisdiction needs a non-blank name.");
    }
    if (votes < 0) {
      throw new IllegalArgumentException(
          "'" + name + "' has " + votes + " votes; votes and populations must be 0 or more.");
    }
  }
}
