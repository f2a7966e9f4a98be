package org.reftally.report;

import java.util.List;
import java.util.Objects;
import org.reftally.model.InputSummary;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.RuleComparison;

/**
 * Everything a comparison renderer shows for one run of {@code reftally compare}: the inputs and
 * their row accounting, the input's jurisdiction set, and each contest decided under every
 * scheme and rule that applied ({@link RuleComparison}). Renderers only format it; they decide
 * nothing. Immutable and thread-safe.
 *
 * @param title    a heading for the report (the input names by default)
 * @param complete false when any row was rejected: the report is then marked incomplete
 */
public record ComparisonReport(String title, List<InputSummary> inputs, JurisdictionSet jurisdictions,
        List<RuleComparison> contests, boolean complete) {

    public ComparisonReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        inputs = List.copyOf(inputs);
        contests = List.copyOf(contests);
    }

    /**
     * The same run as a {@link Report} without contests, so that the inputs, the row accounting
     * and the incomplete warning are written exactly as the tally report writes them.
     */
    Report summary() {
        return new Report(title, inputs, jurisdictions, List.of(), complete);
    }
}
