package org.reftally.scheme.seats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.reftally.model.Fraction;

/**
 * A seat-allocation problem: who competes, for how many seats, under which rule.
 *
 * <p>Invariants, checked together so that one {@link IllegalArgumentException} lists every
 * problem: at least one party, unique names; house size, minimum seats and trace length 0 or more;
 * the cap, if any, not below the minimum; a first divisor only for modified Sainte-Laguë, and
 * positive; room for the minimum of every eligible party and caps that can fill the house; and,
 * when there are seats to fill, some votes and some party past the threshold.
 *
 * <p>The minimum and the cap apply to each eligible party alike; a party excluded by the threshold
 * gets no seat, not even the minimum. Immutable and thread-safe.
 *
 * @param parties the contenders, in input order (which {@link TiePolicy#ORDER} uses)
 * @param houseSize the seats to fill, {@code S}
 * @param method the rule
 * @param minSeats seats each eligible party gets first (e.g. 1 for the US House, U.S. Const. art.
 *     I s. 2: "each State shall have at Least one Representative"); the divisor sequence
 *     continues from it
 * @param maxSeats an optional cap on each party's seats
 * @param threshold who is eligible
 * @param tiePolicy how exact ties are decided
 * @param seed the seed for {@link TiePolicy#LOT}
 * @param firstDivisor modified Sainte-Laguë only: the first divisor on the 1, 3, 5, ... scale;
 *     empty means 7/5
 * @param traceLength how many last awards and runners-up to report ({@code K})
 */
public record SeatProblem(
    List<Party> parties,
    int houseSize,
    SeatMethod method,
    int minSeats,
    OptionalInt maxSeats,
    SeatThreshold threshold,
    TiePolicy tiePolicy,
    long seed,
    Optional<Fraction> firstDivisor,
    int traceLength) {

  /** The first divisor of modified Sainte-Laguë unless stated: 1.4 (Norway, Election Act s. 11-4). */
  public static final Fraction DEFAULT_FIRST_DIVISOR = Fraction.of(7, 5);

  /** Default {@link #traceLength()}. */
  public static final int DEFAULT_TRACE_LENGTH = 5;

  /** Copies the list and validates everything at once. */
  public SeatProblem {
    parties = List.copyOf(parties);
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(maxSeats, "maxSeats");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(tiePolicy, "tiePolicy");
    Objects.requireNonNull(firstDivisor, "firstDivisor");
    List<String> problems = new ArrayList<>();
    checkShape(parties, houseSize, method, minSeats, maxSeats, firstDivisor, traceLength,
        problems);
    if (problems.isEmpty()) {
      checkFeasible(parties, houseSize, minSeats, maxSeats, threshold, problems);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Invalid seat allocation: " + String.join(" ", problems));
    }
  }

  /** A problem with the defaults: no minimum, no cap, no threshold, ties are errors. */
  public static SeatProblem of(SeatMethod method, int houseSize, List<Party> parties) {
    return builder(method, houseSize).parties(parties).build();
  }

  /** A builder starting from the defaults of {@link #of}. */
  public static Builder builder(SeatMethod method, int houseSize) {
    return new Builder(method, houseSize);
  }

  /** The sum of all parties' votes, eligible or not. */
  public BigInteger totalVotes() {
    return parties.stream().map(p -> BigInteger.valueOf(p.votes()))
        .reduce(BigInteger.ZERO, BigInteger::add);
  }

  /** Whether the party at {@code index} passes the threshold. */
  public boolean isEligible(int index) {
    return threshold.admits(parties.get(index).votes(), totalVotes(), houseSize);
  }

  private static void checkShape(List<Party> parties, int houseSize, SeatMethod method,
      int minSeats, OptionalInt maxSeats, Optional<Fraction> firstDivisor, int traceLength,
      List<String> problems) {
    if (parties.isEmpty()) {
      problems.add("There must be at least one party.");
    }
    Set<String> seen = new HashSet<>();
    for (Party p : parties) {
      if (!seen.add(p.name())) {
        problems.add("The name '" + p.name() + "' appears more than once.");
      }
    }
    if (houseSize < 0) {
      problems.add("The house size must be 0 or more, not " + houseSize + ".");
    }
    if (minSeats < 0) {
      problems.add("The minimum seats must be 0 or more, not " + minSeats + ".");
    }
    if (maxSeats.isPresent() && maxSeats.getAsInt() < Math.max(minSeats, 0)) {
      problems.add("The maximum seats (" + maxSeats.getAsInt()
          + ") must be at least the minimum (" + minSeats + ").");
    }
    if (traceLength < 0) {
      problems.add("The trace length must be 0 or more, not " + traceLength + ".");
    }
    if (firstDivisor.isPresent() && method != SeatMethod.MODIFIED_SAINTE_LAGUE) {
      problems.add("A first divisor applies only to modified-sainte-lague, not " + method + ".");
    }
    if (firstDivisor.isPresent() && firstDivisor.get().signum() <= 0) {
      problems.add("The first divisor must be positive, not " + firstDivisor.get() + ".");
    }
  }

  private static void checkFeasible(List<Party> parties, int houseSize, int minSeats,
      OptionalInt maxSeats, SeatThreshold threshold, List<String> problems) {
    BigInteger total = parties.stream().map(p -> BigInteger.valueOf(p.votes()))
        .reduce(BigInteger.ZERO, BigInteger::add);
    if (total.signum() == 0 && houseSize > 0) {
      problems.add("All votes are zero, so " + houseSize + " seats cannot be allocated.");
      return;
    }
    long eligible = parties.stream().filter(p -> threshold.admits(p.votes(), total, houseSize))
        .count();
    if (eligible == 0 && houseSize > 0) {
      problems.add("No party reaches the threshold (" + threshold + ").");
      return;
    }
    if ((long) minSeats * eligible > houseSize) {
      problems.add(eligible + " eligible parties with at least " + minSeats
          + " seats each need more than the " + houseSize + " seats available.");
    }
    if (maxSeats.isPresent() && (long) maxSeats.getAsInt() * eligible < houseSize) {
      problems.add(eligible + " eligible parties with at most " + maxSeats.getAsInt()
          + " seats each cannot fill " + houseSize + " seats.");
    }
  }

  /**
   * Builds a {@link SeatProblem}; defaults: no minimum, no cap, no threshold, {@link
   * TiePolicy#ERROR}, seed 0, trace length 5. Not thread-safe; the problem it builds is.
   */
  public static final class Builder {
    private final SeatMethod method;
    private final int houseSize;
    private final List<Party> parties = new ArrayList<>();
    private int minSeats;
    private OptionalInt maxSeats = OptionalInt.empty();
    private SeatThreshold threshold = SeatThreshold.none();
    private TiePolicy tiePolicy = TiePolicy.ERROR;
    private long seed;
    private Optional<Fraction> firstDivisor = Optional.empty();
    private int traceLength = DEFAULT_TRACE_LENGTH;

    private Builder(SeatMethod method, int houseSize) {
      this.method = method;
      this.houseSize = houseSize;
    }

    public Builder party(String name, long votes) {
      parties.add(new Party(name, votes));
      return this;
    }

    public Builder parties(List<Party> more) {
      parties.addAll(more);
      return this;
    }

    public Builder minSeats(int min) {
      this.minSeats = min;
      return this;
    }

    public Builder maxSeats(int max) {
      this.maxSeats = OptionalInt.of(max);
      return this;
    }

    public Builder threshold(SeatThreshold t) {
      this.threshold = t;
      return this;
    }

    public Builder tiePolicy(TiePolicy policy) {
      this.tiePolicy = policy;
      return this;
    }

    public Builder seed(long s) {
      this.seed = s;
      return this;
    }

    public Builder firstDivisor(Fraction divisor) {
      this.firstDivisor = Optional.of(divisor);
      return this;
    }

    public Builder traceLength(int k) {
      this.traceLength = k;
      return this;
    }

    public SeatProblem build() {
      return new SeatProblem(parties, houseSize, method, minSeats, maxSeats, threshold, tiePolicy,
          seed, firstDivisor, traceLength);
    }
  }
}
