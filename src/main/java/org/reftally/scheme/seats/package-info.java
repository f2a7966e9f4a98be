/**
 * Exact seat allocation: divisor methods (D'Hondt, Sainte-Laguë, modified Sainte-Laguë,
 * Huntington-Hill, Adams, Dean), largest remainder (Hare, Droop) and fixed-divisor
 * apportionment.
 *
 * <p>Contract: pure functions over immutable values, no I/O; imports only the JDK and {@code
 * org.reftally.model} (exact {@link org.reftally.model.Fraction} for quotas, divisors and
 * shares). Every decision is made in exact integer or rational arithmetic ({@link
 * java.math.BigInteger}); decimals appear only in methods marked as for display. An exact tie is never decided silently: it is decided by a
 * stated {@link org.reftally.scheme.seats.TiePolicy} and reported as a {@link
 * org.reftally.scheme.seats.TieBreak}, or it is an error. Invalid problems are rejected with an
 * {@link java.lang.IllegalArgumentException} whose message lists every problem in words a user can
 * act on.
 *
 * <p>Entry points: {@link org.reftally.scheme.seats.SeatAllocator#allocate} and {@link
 * org.reftally.scheme.seats.FixedDivisor#allocate}.
 */
package org.reftally.scheme.seats;
