package org.reftally.report;

import java.util.List;
import java.util.Objects;
import org.reftally.model.InputSummary;
import org.reftally.model.Reconciliation;

/**
 * What {@code reftally reconcile} shows: the returns and ballot files compared, with their row
 * accounting, and the {@link Reconciliation}. Renderers format it; they compare nothing.
 * Immutable and thread-safe.
 */
public record ReconcileReport(List<InputSummary> returns, List<InputSummary> ballots,
        Reconciliation reconciliation) {

    public ReconcileReport {
        returns = List.copyOf(returns);
        ballots = List.copyOf(ballots);
        Objects.requireNonNull(reconciliation, "reconciliation");
    }

    /** Whether every row of both sources was counted (rejected rows are left out of the comparison). */
    public boolean complete() {
        return returns.stream().allMatch(i -> i.rejected() == 0) && ballots.stream().allMatch(i -> i.rejected() == 0);
    }

    /** Whether the sources agree and every row was counted: exit code 0. */
    public boolean agrees() {
        return reconciliation.agrees() && complete();
    }
}
