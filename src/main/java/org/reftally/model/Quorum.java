package org.reftally.model;

import java.util.Objects;

/**
 * A quorum such as {@code turnout>1/2}: a share of the electorate that must be met for the vote
 * to be valid at all. Immutable and thread-safe.
 */
public record Quorum(QuorumKind kind, Threshold threshold) {

    public Quorum {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threshold, "threshold");
    }

    /**
     * Parses {@code turnout>1/2}, {@code valid>1/2}, {@code approval>=1/4}.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static Quorum parse(String text) {
        String s = text == null ? "" : text.strip();
        int at = s.indexOf('>');
        if (at <= 0) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not a quorum (examples: turnout>1/2, valid>1/2, approval>=1/4)");
        }
        return new Quorum(QuorumKind.fromKeyword(s.substring(0, at)), Threshold.parse(s.substring(at)));
    }

    @Override
    public String toString() {
        return kind.keyword() + threshold;
    }
}
