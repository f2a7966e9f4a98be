package org.reftally.scheme;

import java.util.Locale;

/** What a scheme decided. Written in reports in lower case: {@code accepted}, {@code tie}. */
public enum Decision {
    /** The proposal (or, with no proposal, the winning option) carried. */
    ACCEPTED,
    /** The proposal did not carry, or no option met the threshold. */
    REJECTED,
    /** A quorum failed: the vote does not count, whatever it says. */
    INVALID,
    /** The top options are exactly equal; never resolved silently. */
    TIE;

    /** The lower-case word used in reports and JSON. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
