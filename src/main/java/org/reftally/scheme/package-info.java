/**
 * The counting rules: pure functions from a tally (and its jurisdiction set) to an
 * {@link org.reftally.scheme.Outcome} carrying the decision and its reasons.
 *
 * <p>Contract: no I/O; imports only {@code org.reftally.model} and the JDK. Every decision is
 * made in exact integer or rational arithmetic; percentages in reasons are for display only and
 * are never shown on the wrong side of the bound they were tested against.
 *
 * <ul>
 *   <li>{@link org.reftally.scheme.Scheme}: {@link org.reftally.scheme.Plurality},
 *       {@link org.reftally.scheme.Majority}, {@link org.reftally.scheme.DoubleMajority}, each an
 *       immutable record of its settings.
 *   <li>{@link org.reftally.scheme.CounterProposal}: a Swiss initiative with counter-proposal,
 *       three contests decided together.
 *   <li>{@link org.reftally.scheme.RuleBook}: named presets ({@code --rule}) with their legal
 *       references; {@link org.reftally.scheme.RuleSettings#overriding} applies explicit options
 *       and notes each override.
 * </ul>
 *
 * <p>Where the statutes are silent, these choices hold throughout: a tie is reported as
 * {@link org.reftally.scheme.Decision#TIE} and never broken; no valid vote at all is
 * {@code REJECTED}; a rejected proposal has no winner (the status quo stands); a failed quorum
 * is {@code INVALID}; a count the rule cannot decide from its input throws
 * {@link org.reftally.scheme.SchemeException} with a message for the user.
 */
package org.reftally.scheme;
