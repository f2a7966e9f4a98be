package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the same files with the sequential reader and with the parallel reader (two threads, the
 * given chunk sizes), checks that every reading gives the same tally, summaries, rejects and
 * failure, and hands back the sequential one: a hostile-input test then asserts once what both
 * readers do.
 */
final class BothReaders {

    static final ReadTuning SEQUENTIAL = new ReadTuning(Long.MAX_VALUE, 1);

    /** What one reading gave: its result (null on failure), its rejects, and its failure (or null). */
    record Outcome(IngestResult result, List<Reject> rejects, RuntimeException failure) {

        /** The failure, which the reading must have had. */
        RuntimeException failed() {
            assertThat(failure).as("the read should have failed").isNotNull();
            return failure;
        }

        /** The result, which the reading must have had. */
        IngestResult read() {
            if (failure != null) {
                throw new AssertionError("the read failed: " + failure.getMessage(), failure);
            }
            return result;
        }

        List<String> rejectLines() {
            return rejects.stream().map(Reject::toString).toList();
        }

        /** Everything that must not differ between readers, as text. */
        String shown() {
            String failed = failure == null ? "" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
            String read = result == null ? "" : result.tally().contests().stream()
                    .map(c -> c.contest() + "=" + c.units() + "#" + c.hashCode()).toList() + " " + result.inputs()
                    + " " + result.jurisdictions().members();
            return read + " " + rejects + " " + failed;
        }
    }

    private BothReaders() {
    }

    /** Reads {@code files} sequentially and in parallel with chunks of each of {@code chunkSizes} bytes. */
    static Outcome read(List<Path> files, IngestOptions options, int... chunkSizes) {
        Outcome sequential = read(files, options, SEQUENTIAL);
        for (int chunk : chunkSizes) {
            Outcome parallel = read(files, options.withThreads(2), new ReadTuning(0, chunk));
            assertThat(parallel.shown()).as("parallel reader, chunks of %d bytes", chunk)
                    .isEqualTo(sequential.shown());
        }
        return sequential;
    }

    /** Reads {@code file} with default options, sequentially and in chunks of 1, 64 and 4096 bytes. */
    static Outcome read(Path file) {
        return read(List.of(file), IngestOptions.defaults(), 1, 64, 4096);
    }

    static Outcome read(List<Path> files, IngestOptions options, ReadTuning tuning) {
        List<Reject> rejects = new ArrayList<>();
        try (BallotIdIndex ids = new BallotIdIndex()) {
            return new Outcome(Ingest.read(files, options, rejects::add, ids, tuning), rejects, null);
        } catch (InputFileException | InputSelectionException | StrictModeException e) {
            return new Outcome(null, rejects, e);
        }
    }
}
