package org.reftally.scheme.seats;

import org.reftally.model.Fraction;

/**
 * The divisor sequences of the divisor methods: the priority of a party holding {@code n} seats
 * is {@code votes / d(n)}. Package-private; stateless and thread-safe.
 */
final class Divisors {

  private Divisors() {}

  /**
   * The exact priority of a party with {@code votes} that holds {@code n} seats.
   *
   * @param firstDivisor modified Sainte-Laguë's first divisor (odd-number scale); ignored by the
   *     other methods
   * @throws IllegalArgumentException for a largest-remainder method
   */
  static Priority priority(SeatMethod method, Fraction firstDivisor, long votes, int n) {
    long m = n;
    return switch (method) {
      // D'Hondt / Jefferson: 1, 2, 3, ...
      case DHONDT -> new Priority(votes, Fraction.of(m + 1), false);
      // Sainte-Lague / Webster: 1/2, 3/2, 5/2, ... (the same order as 1, 3, 5, ...)
      case SAINTE_LAGUE -> new Priority(votes, Fraction.of(2 * m + 1, 2), false);
      // Modified Sainte-Lague (Norway, Election Act s. 11-4; Sweden, Elections Act ch. 14 s. 3):
      // 1.4, 3, 5, 7, ... -- the first divisor of the odd-number scale is raised from 1.
      case MODIFIED_SAINTE_LAGUE -> new Priority(votes,
          n == 0 ? firstDivisor : Fraction.of(2 * m + 1), false);
      // Huntington-Hill (2 U.S.C. 2a, "method of equal proportions"): the geometric mean
      // sqrt(n(n + 1)); 0 for n = 0, so a state without a seat has infinite priority.
      case HUNTINGTON_HILL -> new Priority(votes, Fraction.of(m * (m + 1)), true);
      // Adams: 0, 1, 2, ...; a party without a seat has infinite priority.
      case ADAMS -> new Priority(votes, Fraction.of(m), false);
      // Dean: the harmonic mean of n and n + 1, 2n(n + 1) / (2n + 1); 0 for n = 0.
      case DEAN -> new Priority(votes, Fraction.of(2 * m * (m + 1), 2 * m + 1), false);
      case HARE, DROOP -> throw new IllegalArgumentException(method + " is not a divisor method.");
    };
  }
}
