package org.reftally.scheme.seats;

import java.util.List;

/**
 * Thrown under {@link TiePolicy#ERROR} when a seat has to be decided between parties with exactly
 * equal priority or remainder. The message names the seat and the parties and says how to
 * proceed.
 *
 * <p>Immutable and thread-safe.
 */
public final class SeatTieException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int seat;
  private final transient List<String> parties;

  SeatTieException(int seat, int houseSize, List<String> parties, String priority) {
    this("Seat " + seat + " of " + houseSize + " is tied between " + joinNames(parties)
        + " (equal " + priority + "); choose a tie policy (lot with a seed, or order) to decide"
        + " it.", seat, parties);
  }

  private SeatTieException(String message, int seat, List<String> parties) {
    super(message);
    this.seat = seat;
    this.parties = List.copyOf(parties);
  }

  /**
   * The same tie, with the message saying where it happened ("In FL: Seat 3 of 29 is tied ..."),
   * for allocations run once per jurisdiction.
   */
  public SeatTieException in(String place) {
    SeatTieException located = new SeatTieException("In " + place + ": " + getMessage(), seat,
        parties);
    located.initCause(this);
    return located;
  }

  /** The contested seat number. */
  public int seat() {
    return seat;
  }

  /** The tied parties, in input order. */
  public List<String> parties() {
    return parties;
  }

  private static String joinNames(List<String> names) {
    int n = names.size();
    return String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
  }
}
