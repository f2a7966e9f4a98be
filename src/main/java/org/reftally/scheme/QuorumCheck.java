package org.reftally.scheme;

import java.util.Objects;
import org.reftally.model.Quorum;

/**
 * A quorum applied to a count: {@code part / electorate} against the quorum's threshold.
 * Immutable.
 *
 * @param part       ballots cast, valid votes or votes for the proposal, as the quorum measures
 * @param electorate registered voters
 * @param lowerBound true when {@code part} is only a lower bound: ballots cast where some
 *                   jurisdiction did not report its blank or invalid ballots. A turnout quorum is
 *                   then met only because the lower bound already meets it (see {@link Quorums}).
 */
public record QuorumCheck(Quorum quorum, long part, long electorate, boolean met, boolean lowerBound) {

    public QuorumCheck {
        Objects.requireNonNull(quorum, "quorum");
    }

    /** A check on an exact figure. */
    public QuorumCheck(Quorum quorum, long part, long electorate, boolean met) {
        this(quorum, part, electorate, met, false);
    }
}
