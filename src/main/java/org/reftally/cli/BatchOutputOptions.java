package org.reftally.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.reftally.report.BatchOutputs;
import org.reftally.report.BatchResult;
import picocli.CommandLine.Option;

/** The files {@code reftally batch} writes besides its summary, each atomically and in manifest order. */
final class BatchOutputOptions {

    @Option(names = "--jsonl", paramLabel = "FILE",
            description = "Write one JSON line per election: {name, exit_code, error, report}.")
    Path jsonl;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write every election's counts in one long CSV table with a leading election column.")
    Path csv;

    /** Refuses outputs that are directories or inputs, before anything is run. */
    void check(Collection<Path> inputs) {
        if (jsonl != null) {
            AtomicOutput.check(jsonl, inputs);
        }
        if (csv != null) {
            AtomicOutput.check(csv, inputs);
        }
    }

    void write(List<BatchResult> results) {
        if (jsonl != null) {
            AtomicOutput.write(jsonl, w -> {
                for (BatchResult r : results) {
                    BatchOutputs.jsonLine(r, w);
                }
            });
        }
        if (csv != null) {
            AtomicOutput.write(csv, w -> BatchOutputs.csv(results, w));
        }
    }

    void record(AuditTrail audit) {
        audit.output("--jsonl", jsonl);
        audit.output("--csv", csv);
    }
}
