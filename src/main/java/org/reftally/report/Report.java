package org.reftally.report;

import java.util.List;
import java.util.Objects;
import org.reftally.model.ContestTally;
import org.reftally.model.InputSummary;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.Outcome;

/**
 * Everything a renderer shows for one run: the inputs and their row accounting, the jurisdiction
 * set, and each contest's tally with the outcome of every scheme applied. Renderers only format
 * it; they count nothing. Immutable.
 *
 * @param title    a heading for the report (the election's title, or the input names)
 * @param complete false when any row was rejected: the report is then marked incomplete
 */
public record Report(String title, List<InputSummary> inputs, JurisdictionSet jurisdictions,
        List<ContestResult> contests, boolean complete) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        inputs = List.copyOf(inputs);
        contests = List.copyOf(contests);
    }

    /** Rows read over all inputs. */
    public long rows() {
        return inputs.stream().mapToLong(InputSummary::rows).sum();
    }

    public long counted() {
        return inputs.stream().mapToLong(InputSummary::counted).sum();
    }

    public long rejected() {
        return inputs.stream().mapToLong(InputSummary::rejected).sum();
    }

    /** One contest's tally and the outcome of each scheme applied to it, in the order requested. */
    public record ContestResult(ContestTally tally, List<Outcome> outcomes) {
        public ContestResult {
            Objects.requireNonNull(tally, "tally");
            outcomes = List.copyOf(outcomes);
        }
    }
}
