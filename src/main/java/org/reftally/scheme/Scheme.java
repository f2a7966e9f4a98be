package org.reftally.scheme;

import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionSet;

/**
 * A counting rule: a pure function from one contest's tally and its jurisdiction set to an
 * {@link Outcome} carrying the decision and its reasons.
 *
 * <p>Implementations are immutable records of their settings (thresholds, quorums, the proposal);
 * {@link #evaluate} reads nothing but its arguments, so one instance may be shared between threads.
 * A count the rule cannot decide from its input (an unknown option, a quorum without an
 * electorate) throws {@link SchemeException} with a message for the user.
 */
public sealed interface Scheme permits Plurality, Majority, DoubleMajority, Proportional, Electoral {

    /** The command-line name: {@code plurality}, {@code majority}, {@code double-majority},
     * {@code proportional}, {@code electoral}. */
    String name();

    /**
     * Decides the contest.
     *
     * @throws SchemeException when the rule cannot be applied to this input
     */
    Outcome evaluate(ContestTally tally, JurisdictionSet set);
}
