package org.reftally.model;

import java.util.Locale;

/** What a quorum measures against the electorate. */
public enum QuorumKind {
    /** Ballots cast / electorate: a participation quorum (Italian Constitution art. 75). */
    TURNOUT("turnout", "ballots cast"),
    /** Valid votes / electorate (Hungarian Fundamental Law art. 8). */
    VALID("valid", "valid votes"),
    /** Votes for the leading option / electorate: an approval quorum. */
    APPROVAL("approval", "votes for the proposal");

    private final String keyword;
    private final String measures;

    QuorumKind(String keyword, String measures) {
        this.keyword = keyword;
        this.measures = measures;
    }

    public String keyword() {
        return keyword;
    }

    /** What the numerator counts, in plain words. */
    public String measures() {
        return measures;
    }

    static QuorumKind fromKeyword(String keyword) {
        String k = keyword.strip().toLowerCase(Locale.ROOT);
        for (QuorumKind kind : values()) {
            if (kind.keyword.equals(k)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(
                "unknown quorum '" + keyword + "' (expected turnout, valid or approval, e.g. turnout>1/2)");
    }
}
