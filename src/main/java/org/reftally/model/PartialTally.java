package org.reftally.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of one tally run as a mergeable piece of a larger count: a county's tally that the
 * state merges, or a state's that the nation merges.
 *
 * <p>It carries everything a merge needs to rebuild the count exactly and to prove nothing was
 * counted twice: the counts per unit (jurisdiction and area) of every contest, the input files
 * with their SHA-256 and row accounting, and the jurisdiction set. {@code source} names where the
 * piece came from (the partial file's path) so that a conflict can name both sides.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source        where the partial came from, for messages (e.g. {@code counties/zh.json})
 * @param tally         the counts per unit of every contest
 * @param inputs        the files tallied, in the order they were tallied
 * @param jurisdictions the set the tally was made against (implicit when none was declared)
 */
public record PartialTally(String source, Tally tally, List<InputSummary> inputs, JurisdictionSet jurisdictions) {

    public PartialTally {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        inputs = List.copyOf(inputs);
    }

    /** Whether every row of every input was counted. */
    public boolean complete() {
        return inputs.stream().allMatch(i -> i.rejected() == 0);
    }
}
