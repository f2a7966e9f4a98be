package org.reftally.bench;

import java.nio.file.Path;
import java.util.List;
import org.reftally.ingest.Ingest;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.RejectSink;

/**
 * Tallies a file through {@link Ingest#read} with full accounting (rejects, duplicate IDs, SHA-256),
 * as {@code reftally tally} does, until the CLI lands in this branch. Usage: Tally FILE [threads].
 */
public final class Tally {

    public static void main(String[] args) {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        IngestResult r = Ingest.read(List.of(Path.of(args[0])), IngestOptions.defaults().withThreads(threads),
                RejectSink.ignore());
        System.out.println(r.inputs() + " " + r.tally().contests().get(0).totals(r.jurisdictions()));
    }
}
