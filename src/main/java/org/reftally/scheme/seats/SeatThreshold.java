package org.reftally.scheme.seats;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import org.reftally.model.Fraction;

/**
 * An eligibility threshold: a party below it takes no seat and does not count in the quotas of
 * the others. The comparison is exact and inclusive: a party exactly at the threshold is eligible.
 *
 * <p>Immutable and thread-safe; closed to the three alternatives below.
 */
public sealed interface SeatThreshold {

  /**
   * Whether a party with {@code votes} passes, out of {@code totalVotes} valid votes for all
   * parties, with {@code houseSize} seats to fill.
   */
  boolean admits(long votes, BigInteger totalVotes, int houseSize);

  /** No threshold: every party is eligible. */
  static SeatThreshold none() {
    return None.INSTANCE;
  }

  /** A minimum share of the total valid votes, e.g. {@code Fraction.of(1, 20)} for 5%. */
  static SeatThreshold share(Fraction minimumShare) {
    return new VoteShare(minimumShare);
  }

  /** A minimum of one full Hare quota, {@code total valid votes / house size}. */
  static SeatThreshold hareQuota() {
    return HareQuota.INSTANCE;
  }

  /**
   * Reads a threshold as a user writes it: {@code none}, {@code quota} (one full Hare quota), or
   * a minimum share such as {@code 5%}, {@code 1/20} or {@code 0.05} (read exactly, never through
   * a double).
   *
   * @throws IllegalArgumentException with a message naming the accepted forms
   */
  static SeatThreshold parse(String text) {
    Objects.requireNonNull(text, "text");
    String key = text.strip().toLowerCase(Locale.ROOT);
    if (key.equals("none")) {
      return none();
    }
    if (key.equals("quota")) {
      return hareQuota();
    }
    Fraction share;
    try {
      share = Fraction.parse(key);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not a seat threshold; write a share"
          + " such as 5% or 1/20, quota (one full Hare quota), or none.", e);
    }
    if (share.signum() < 0 || share.compareTo(Fraction.ONE) > 0) {
      throw new IllegalArgumentException(
          "The seat threshold '" + text + "' must be a share between 0% and 100%.");
    }
    return share(share);
  }

  /** No threshold. */
  enum None implements SeatThreshold {
    INSTANCE;

    @Override
    public boolean admits(long votes, BigInteger totalVotes, int houseSize) {
      return true;
    }

    @Override
    public String toString() {
      return "none";
    }
  }

  /**
   * Eligible iff {@code votes / totalVotes >= minimumShare}, decided exactly as {@code votes *
   * den >= num * totalVotes}.
   *
   * @param minimumShare a fraction from 0 to 1 inclusive
   */
  record VoteShare(Fraction minimumShare) implements SeatThreshold {

    /** Requires a share from 0 to 1. */
    public VoteShare {
      Objects.requireNonNull(minimumShare, "minimumShare");
      if (minimumShare.signum() < 0 || minimumShare.compareTo(Fraction.ONE) > 0) {
        throw new IllegalArgumentException("A vote-share threshold must be between 0 and 1, not "
            + minimumShare + ".");
      }
    }

    @Override
    public boolean admits(long votes, BigInteger totalVotes, int houseSize) {
      return BigInteger.valueOf(votes).multiply(minimumShare.denominator())
          .compareTo(minimumShare.numerator().multiply(totalVotes)) >= 0;
    }

    @Override
    public String toString() {
      return "share >= " + minimumShare;
    }
  }

  /**
   * Eligible iff {@code votes >= totalVotes / houseSize} (one full Hare quota), decided exactly as
   * {@code votes * houseSize >= totalVotes}. With a house of 0 seats only a party in an
   * election with no votes at all passes; no seat is at stake then anyway.
   */
  enum HareQuota implements SeatThreshold {
    INSTANCE;

    @Override
    public boolean admits(long votes, BigInteger totalVotes, int houseSize) {
      return BigInteger.valueOf(votes).multiply(BigInteger.valueOf(houseSize))
          .compareTo(totalVotes) >= 0;
    }

    @Override
    public String toString() {
      return "one Hare quota";
    }
  }
}
