package org.reftally.scheme.seats;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Awards seats one at a time to the party with the highest claim, which is how every divisor
 * method works and, with claim {@code votes - seats * quota}, how largest remainder works too.
 *
 * <p>Ties: when the parties sharing the highest claim are no more than the seats left, each gets
 * one, in input order, with nothing to decide. Otherwise the next seat is decided by the tie
 * policy and recorded as a {@link TieBreak}, and the loop goes on. Claims must not rise when a
 * party gains a seat.
 *
 * <p>Package-private. Each run uses its own state; the class itself holds none and is
 * thread-safe.
 *
 * @param <P> the exact claim type
 */
final class SequentialAwarder<P extends Comparable<? super P>> {

  /** The claim of {@code party} to its next seat when it holds {@code seatsHeld}. */
  interface Claim<P> {
    P of(int party, int seatsHeld);
  }

  /** One award: seat number (counting all seats held), party index, claim it was won on. */
  record Step<P>(int seat, int party, P claim) {}

  /** The seats per party and the trace of how they were won. */
  record Result<P>(int[] seats, List<Step<P>> lastSteps, List<Step<P>> runnersUp,
      List<TieBreak> tieBreaks) {}

  private final List<String> names;
  private final Claim<P> claim;
  private final Function<P, String> describe;
  private final int cap;
  private final int[] seats;
  private final List<P> claims;
  private int held;

  /**
   * @param names party names, in input order
   * @param start seats each party holds before the first award
   * @param competing which parties may take seats at all
   * @param cap the most seats any party may hold
   * @param claim the claim function
   * @param describe how a claim reads in a tie message, e.g. {@code "priority 11/2"}
   */
  SequentialAwarder(List<String> names, int[] start, boolean[] competing, int cap,
      Claim<P> claim, Function<P, String> describe) {
    this.names = names;
    this.claim = claim;
    this.describe = describe;
    this.cap = cap;
    this.seats = start.clone();
    this.claims = new ArrayList<>(names.size());
    for (int i = 0; i < seats.length; i++) {
      held += seats[i];
      claims.add(competing[i] && seats[i] < cap ? claim.of(i, seats[i]) : null);
    }
  }

  /**
   * Fills the house, then looks {@code trace} seats further for the runners-up.
   *
   * @throws SeatTieException under {@link TiePolicy#ERROR} when a tie must be decided
   */
  Result<P> run(int houseSize, TiePolicy policy, long seed, int trace) {
    SplittableRandom lot = new SplittableRandom(seed);
    ArrayDeque<Step<P>> last = new ArrayDeque<>();
    List<TieBreak> ties = new ArrayList<>();
    while (held < houseSize) {
      List<Integer> top = leaders();
      if (top.isEmpty()) {
        throw new IllegalStateException("No party can take seat " + (held + 1) + ".");
      }
      if (top.size() <= houseSize - held) {
        for (int i : top) {
          remember(last, award(i), trace);
        }
        continue;
      }
      List<String> tied = top.stream().map(names::get).toList();
      int winner = switch (policy) {
        case ERROR -> throw new SeatTieException(held + 1, houseSize, tied,
            describe.apply(claims.get(top.get(0))));
        case ORDER -> top.get(0);
        case LOT -> top.get(lot.nextInt(top.size()));
      };
      ties.add(new TieBreak(held + 1, tied, policy, names.get(winner)));
      remember(last, award(winner), trace);
    }
    int[] result = seats.clone();
    List<Step<P>> runnersUp = new ArrayList<>();
    while (runnersUp.size() < trace) {
      List<Integer> top = leaders();
      if (top.isEmpty()) {
        break;
      }
      runnersUp.add(award(top.get(0)));
    }
    return new Result<>(result, List.copyOf(last), runnersUp, ties);
  }

  private static <T> void remember(ArrayDeque<T> last, T step, int trace) {
    if (trace == 0) {
      return;
    }
    if (last.size() == trace) {
      last.removeFirst();
    }
    last.addLast(step);
  }

  /** The parties sharing the highest claim, in input order. */
  private List<Integer> leaders() {
    List<Integer> top = new ArrayList<>();
    P best = null;
    for (int i = 0; i < claims.size(); i++) {
      P c = claims.get(i);
      if (c == null) {
        continue;
      }
      int cmp = best == null ? 1 : c.compareTo(best);
      if (cmp > 0) {
        best = c;
        top.clear();
      }
      if (cmp >= 0) {
        top.add(i);
      }
    }
    return top;
  }

  private Step<P> award(int party) {
    Step<P> step = new Step<>(++held, party, claims.get(party));
    seats[party]++;
    claims.set(party, seats[party] < cap ? claim.of(party, seats[party]) : null);
    return step;
  }
}
