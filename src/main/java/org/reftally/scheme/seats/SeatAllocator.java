package org.reftally.scheme.seats;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reftally.model.Fraction;

/**
 * Solves a {@link SeatProblem}: the entry point of the package.
 *
 * <p>Order of work: the threshold decides who is eligible (on all valid votes); each eligible
 * party gets the minimum; the remaining seats are awarded one at a time by the method's claim,
 * never past the cap; exact ties are decided by the tie policy and reported. Quotas are computed
 * over the eligible votes only. Runs in O(S * parties) exact comparisons.
 *
 * <p>Stateless and thread-safe.
 */
public final class SeatAllocator {

  private SeatAllocator() {}

  /**
   * Allocates the seats.
   *
   * @throws SeatTieException if a seat is tied and the policy is {@link TiePolicy#ERROR}
   */
  public static SeatAllocation allocate(SeatProblem problem) {
    List<Party> parties = problem.parties();
    int n = parties.size();
    int houseSize = problem.houseSize();
    BigInteger total = problem.totalVotes();
    boolean[] eligible = new boolean[n];
    int[] start = new int[n];
    BigInteger eligibleVotes = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      eligible[i] = problem.threshold().admits(parties.get(i).votes(), total, houseSize);
      if (eligible[i]) {
        start[i] = problem.minSeats();
        eligibleVotes = eligibleVotes.add(BigInteger.valueOf(parties.get(i).votes()));
      }
    }
    List<String> names = parties.stream().map(Party::name).toList();
    int cap = problem.maxSeats().orElse(Integer.MAX_VALUE);
    SeatMethod method = problem.method();
    if (method.isDivisorMethod()) {
      Fraction first = problem.firstDivisor().orElse(SeatProblem.DEFAULT_FIRST_DIVISOR);
      var awarder = new SequentialAwarder<Priority>(names, start, eligible, cap,
          (i, held) -> Divisors.priority(method, first, parties.get(i).votes(), held),
          p -> "priority " + p);
      var result = awarder.run(houseSize, problem.tiePolicy(), problem.seed(),
          problem.traceLength());
      List<Award> last = toAwards(result.lastSteps(), names);
      Optional<Priority> lastPriority = last.isEmpty() ? Optional.empty()
          : Optional.of(last.get(last.size() - 1).priority());
      return new SeatAllocation(method, houseSize,
          lines(parties, eligible, result.seats(), eligibleVotes, houseSize), Optional.empty(),
          lastPriority, last, toAwards(result.runnersUp(), names), result.tieBreaks());
    }
    Optional<Fraction> quota = LargestRemainder.quota(method, eligibleVotes, houseSize);
    if (quota.isEmpty()) { // Hare with no seats: nothing to divide
      return new SeatAllocation(method, houseSize,
          lines(parties, eligible, start, eligibleVotes, houseSize), quota, Optional.empty(),
          List.of(), List.of(), List.of());
    }
    Fraction q = quota.get();
    var awarder = new SequentialAwarder<Fraction>(names, start, eligible, cap,
        (i, held) -> LargestRemainder.claim(parties.get(i).votes(), held, q),
        r -> "remainder " + r);
    var result = awarder.run(houseSize, problem.tiePolicy(), problem.seed(), 0);
    return new SeatAllocation(method, houseSize,
        lines(parties, eligible, result.seats(), eligibleVotes, houseSize), quota,
        Optional.empty(), List.of(), List.of(), result.tieBreaks());
  }

  private static List<Award> toAwards(List<SequentialAwarder.Step<Priority>> steps,
      List<String> names) {
    return steps.stream().map(s -> new Award(s.seat(), names.get(s.party()), s.claim())).toList();
  }

  private static List<PartySeats> lines(List<Party> parties, boolean[] eligible, int[] seats,
      BigInteger eligibleVotes, int houseSize) {
    List<PartySeats> lines = new ArrayList<>(parties.size());
    for (int i = 0; i < parties.size(); i++) {
      Party p = parties.get(i);
      // The party's exact share of the house among the parties that take part: v * S / V.
      Fraction quota = !eligible[i] || eligibleVotes.signum() == 0 ? Fraction.ZERO
          : Fraction.of(BigInteger.valueOf(p.votes()).multiply(BigInteger.valueOf(houseSize)),
              eligibleVotes);
      lines.add(new PartySeats(p.name(), p.votes(), eligible[i], seats[i], quota));
    }
    return lines;
  }
}
