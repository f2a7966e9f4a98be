package org.reftally.ingest;

/**
 * What an input file holds: one row per ballot, or aggregated counts (returns). {@link #AUTO}
 * detects it from the header (and, when the header is inconclusive, from the first data row).
 * Immutable and thread-safe.
 */
public enum InputKind {
    /** Detect from the header, then from the first data row. */
    AUTO,
    /** One row per ballot. */
    BALLOTS,
    /** Aggregated counts per jurisdiction (and area), in wide or long form. */
    RETURNS;

    /** The lower-case word used in summaries and messages: {@code ballots}, {@code returns}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
