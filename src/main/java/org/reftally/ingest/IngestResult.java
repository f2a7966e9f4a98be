package org.reftally.ingest;

import java.util.List;
import java.util.Objects;
import org.reftally.model.InputSummary;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Tally;

/**
 * What a run read: the tally of all inputs together, one summary per input file (in the order
 * given), and the jurisdiction set to report against. Immutable and thread-safe.
 *
 * @param tally         every counted contest, in order of first appearance
 * @param inputs        per file: SHA-256, size, kind and rows read = counted + rejected
 * @param jurisdictions the declared set, or the implicit set of the jurisdictions found in the
 *                      counted rows (named from a returns {@code name} column when there is one)
 */
public record IngestResult(Tally tally, List<InputSummary> inputs, JurisdictionSet jurisdictions) {

    public IngestResult {
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        inputs = List.copyOf(inputs);
    }

    /** Whether every row of every input was counted. */
    public boolean complete() {
        return inputs.stream().allMatch(i -> i.rejected() == 0);
    }
}
