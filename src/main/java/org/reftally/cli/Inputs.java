package org.reftally.cli;

import java.nio.file.Path;
import java.util.List;
import org.reftally.ingest.Ingest;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.RejectSink;

/**
 * Reads a command's inputs: rows rejected to the log, a progress bar on a terminal for large
 * inputs ({@link ProgressDisplay}), and options that do not fit the input (a {@code --contest}
 * the input lacks) as usage errors, exit code 2, as {@link Ingest#read} documents them.
 */
final class Inputs {

    private Inputs() {
    }

    /** {@link Ingest#read} without a progress display; options that do not fit the input are a usage error. */
    static IngestResult read(List<Path> files, IngestOptions options, RejectSink rejects) {
        try {
            return Ingest.read(files, options, rejects);
        } catch (IllegalArgumentException e) {
            // Ingest.read's contract: options that do not fit the input (--contest naming no
            // contest) are the user's to fix, exit code 2, not a bug.
            throw new UsageException(e.getMessage());
        }
    }

    static IngestResult read(ProgressPolicy policy, List<Path> files, IngestOptions options, RejectLog rejects,
            boolean quiet) {
        // Closed before anything else is written to stderr: the rejected rows follow on a clean line.
        try (ProgressDisplay progress = ProgressDisplay.open(policy, files, quiet)) {
            return Ingest.read(files, options.withProgress(progress), rejects);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
