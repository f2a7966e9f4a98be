package org.reftally.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reftally.model.InputSummary;

/**
 * Reads ballot and returns files into one tally: the entry point the CLI calls.
 *
 * <p>Files are read in the order given, each in one streaming pass, its kind detected separately
 * (ballots and returns may be mixed), and tallied together: a contest's counts from every file add
 * up. Ballot IDs and returns units are checked for repeats across all files of the run, and before
 * anything is read, no file may be given twice, by any path or as a byte-identical copy
 * ({@link DistinctInputs}). Paths are reported as given ({@code path.toString()}).
 *
 * <p>Stateless and thread-safe: each call has its own state.
 */
public final class Ingest {

    private Ingest() {
    }

    /**
     * Reads {@code files} into one tally.
     *
     * @param rejects receives every row that cannot be counted (not called in strict mode, which
     *                throws instead)
     * @throws InputFileException      when a file cannot be used at all, or changed while it was read
     *                                 (exit code 4)
     * @throws StrictModeException     at the first rejected row when {@code options.strict()} (exit code 3)
     * @throws InputSelectionException when the files and options do not fit together: no file, the
     *                                 same file twice or two files with the same bytes, or
     *                                 {@code --contest} naming no contest in the input (exit code 2)
     */
    public static IngestResult read(List<Path> files, IngestOptions options, RejectSink rejects) {
        try (BallotIdIndex ids = new BallotIdIndex()) {
            return read(files, options, rejects, ids);
        }
    }

    /** With a given ballot-ID index: tests pass one with a colliding hash. */
    static IngestResult read(List<Path> files, IngestOptions options, RejectSink rejects, BallotIdIndex ids) {
        return read(files, options, rejects, ids, ReadTuning.DEFAULT);
    }

    /** With a given index and tuning: tests cut small files into many chunks. */
    static IngestResult read(List<Path> files, IngestOptions options, RejectSink rejects, BallotIdIndex ids,
            ReadTuning tuning) {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(rejects, "rejects");
        if (files.isEmpty()) {
            throw new InputSelectionException("no input files: give at least one ballots or returns CSV file");
        }
        DistinctInputs.require(files);
        RunTally run = new RunTally();
        JurisdictionResolver jurisdictions = new JurisdictionResolver(options.jurisdictions());
        SeenUnits seenUnits = new SeenUnits();
        List<InputSummary> summaries = new ArrayList<>();
        ProgressMeter progress = new ProgressMeter(options.progress());
        for (Path path : files) {
            summaries.add(new InputReader(path, options, rejects, tuning).read(run, jurisdictions, ids, seenUnits,
                    progress));
        }
        checkContestNames(options, run);
        return new IngestResult(run.tally(), summaries, jurisdictions.result());
    }

    /** {@code --contest} and {@code --options NAME=...} must name contests the input has. */
    private static void checkContestNames(IngestOptions options, RunTally run) {
        String contests = String.join(", ", run.contestsSeen());
        options.contest().ifPresent(name -> {
            if (!run.hasSeen(name)) {
                throw new InputSelectionException("--contest " + name + " names no contest in the input (contests: "
                        + contests + ")");
            }
        });
        for (String name : options.declaredOptions().keySet()) {
            if (!name.isEmpty() && !run.hasSeen(name)) {
                throw new InputSelectionException("--options " + name + "=... names no contest in the input"
                        + " (contests: " + contests + ")");
            }
        }
    }
}
