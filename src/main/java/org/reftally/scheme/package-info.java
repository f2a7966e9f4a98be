/**
 * The counting rules: pure functions from a tally (and its jurisdiction set) to an
 * {@link org.reftally.scheme.Outcome} carrying the decision and its reasons.
 *
 * <p>Contract: no I/O; imports only {@code org.reftally.model} and the JDK. Every decision is
 * made in exact integer or rational arithmetic.
 */
package org.reftally.scheme;
