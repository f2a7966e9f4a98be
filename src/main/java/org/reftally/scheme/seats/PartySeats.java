package org.reftally.scheme.seats;

import java.util.Objects;
import org.reftally.model.Fraction;

/**
 * One party's line in an allocation.
 *
 * <p>Invariants: seats are 0 or more, and 0 for a party that is not eligible. Immutable and
 * thread-safe.
 *
 * @param name the party or jurisdiction
 * @param votes its votes or population
 * @param eligible false if the threshold excluded it
 * @param seats the seats it gets
 * @param quota its exact entitlement: {@code votes * S / V} over the eligible parties (0 for an
 *     excluded party); for a fixed-divisor apportionment, {@code population / divisor}. A
 *     method "stays within quota" if every party gets the floor or the ceiling of this.
 */
public record PartySeats(String name, long votes, boolean eligible, int seats, Fraction quota) {

  /** Validates the components. */
  public PartySeats {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quota, "quota");
    if (seats < 0 || (!eligible && seats > 0)) {
      throw new IllegalArgumentException(name + " cannot hold " + seats + " seats.");
    }
  }
}
