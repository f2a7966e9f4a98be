package org.reftally.scheme;

import java.util.Objects;
import org.reftally.model.Quorum;

/**
 * A quorum applied to a count: {@code part / electorate} against the quorum's threshold.
 *
 * @param part       ballots cast, valid votes or votes for the proposal, as the quorum measures
 * @param electorate registered voters
 */
public record QuorumCheck(Quorum quorum, long part, long electorate, boolean met) {
    public QuorumCheck {
        Objects.requireNonNull(quorum, "quorum");
    }
}
