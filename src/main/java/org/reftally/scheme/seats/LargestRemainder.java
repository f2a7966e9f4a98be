package org.reftally.scheme.seats;

import java.math.BigInteger;
import java.util.Optional;
import org.reftally.model.Fraction;

/**
 * Largest-remainder quotas. Every party gets one seat per whole quota it holds and the seats
 * left go to the largest remainders, one each. This is carried out as a {@link
 * SequentialAwarder} on the remaining claim {@code votes - seats * quota}, which gives exactly
 * that result, lets equal remainders be detected as ties, and extends naturally to a minimum, a
 * cap, or (with a very small Droop quota) more seats left than parties.
 *
 * <p>Package-private; stateless and thread-safe.
 */
final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * The quota for {@code votes} eligible votes and {@code houseSize} seats; empty for Hare with
   * no seats.
   */
  static Optional<Fraction> quota(SeatMethod method, BigInteger votes, int houseSize) {
    return switch (method) {
      // Hare (Hamilton, Hare-Niemeyer): V / S, as an exact fraction.
      case HARE -> houseSize == 0 ? Optional.empty()
          : Optional.of(Fraction.of(votes, BigInteger.valueOf(houseSize)));
      // Droop: floor(V / (S + 1)) + 1, the smallest whole number of votes that no more than S
      // parties can reach (Droop 1881; the form used e.g. by Irish and Maltese STV). Since the
      // quota exceeds V / (S + 1), whole quotas alone never over-fill the house.
      case DROOP -> Optional.of(Fraction.of(
          votes.divide(BigInteger.valueOf(houseSize + 1L)).add(BigInteger.ONE), BigInteger.ONE));
      default -> throw new IllegalArgumentException(method + " is not a largest-remainder method.");
    };
  }

  /** The claim {@code votes - seatsHeld * quota} of a party to its next seat. */
  static Fraction claim(long votes, int seatsHeld, Fraction quota) {
    return Fraction.of(votes).minus(quota.times(Fraction.of(seatsHeld)));
  }
}
