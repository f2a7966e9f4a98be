package org.reftally.report;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of one election of a batch: its report when it ran, or the error that stopped it,
 * and the exit code {@code reftally tally} would have returned for it. Immutable and thread-safe.
 *
 * @param options how its figures are shown (its own {@code --decimals})
 * @param error   the one-line message of a failed election; empty when it ran
 */
public record BatchResult(String name, int exitCode, Optional<Report> report, RenderOptions options,
        Optional<String> error) {

    public BatchResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(error, "error");
        if (report.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException(name + ": a batch result has a report or an error, not both or neither");
        }
    }

    public static BatchResult ran(String name, int exitCode, Report report, RenderOptions options) {
        return new BatchResult(name, exitCode, Optional.of(report), options, Optional.empty());
    }

    public static BatchResult failed(String name, int exitCode, String error) {
        return new BatchResult(name, exitCode, Optional.empty(), RenderOptions.DEFAULT, Optional.of(error));
    }
}
