package org.reftally.scheme.seats;

import java.util.Objects;

/**
 * One step of a divisor method: seat number {@code seat} (counting every seat held, so the
 * minimum seats handed out first are seats 1 to {@code minSeats * parties}) goes to {@code party}
 * on {@code priority}. Runners-up are reported in the same form with the seat numbers they would
 * have, after the house size.
 *
 * <p>Immutable and thread-safe.
 */
public record Award(int seat, String party, Priority priority) {

  /** Validates the components. */
  public Award {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(priority, "priority");
    if (seat < 1) {
      throw new IllegalArgumentException("Seat numbers start at 1, not " + seat + ".");
    }
  }
}
