package org.reftally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.reftally.model.InputSummary;

/**
 * Reads one input file in a single streaming pass: opens it, reads the header, decides its kind,
 * hands every data row to the {@link BallotCounter} or {@link ReturnsCounter}, sends rejects to
 * the sink, and adds the file's counts to the run. No ballot is kept after it is counted.
 *
 * <p>Every data row is counted or rejected, never dropped, so the summary's
 * {@code rows == counted + rejected} holds; lines that are empty or only whitespace are not rows.
 * A regular file that changes while it is read fails the read ({@link FileStamp}): its counts
 * would not be of the bytes its hash names.
 *
 * <p>Not thread-safe: one per file.
 */
final class InputReader {

    private final Path path;
    private final String file;
    private final IngestOptions options;
    private final RejectSink sink;
    private final ReadTuning tuning;
    private Optional<FileStamp> stamp = Optional.empty();
    private long rows;
    private long counted;
    private long rejected;

    InputReader(Path path, IngestOptions options, RejectSink sink, ReadTuning tuning) {
        this.path = path;
        this.file = path.toString();
        this.options = options;
        this.sink = sink;
        this.tuning = tuning;
    }

    /** Reads the file into {@code run}; returns its summary. */
    InputSummary read(RunTally run, JurisdictionResolver jurisdictions, BallotIdIndex ids, SeenUnits seenUnits,
            ProgressMeter progress) {
        LineIndex lineIndex = new LineIndex();
        stamp = FileStamp.of(path);
        Future<InputHash.Digest> hashAside = null;
        try (LineSource lines = new LineSource(file, open(), lineIndex)) {
            CsvRows csv = new CsvRows(lines, file, false);
            CsvRow headerRow = csv.header();
            if (headerRow == null) {
                throw InputFileException.of(file, "the file is empty; expected a header row (e.g. jurisdiction,choice)");
            }
            Header header = new Header(file, headerRow.line(), headerRow.cells());
            long dataStart = lines.nextOffset();
            long firstDataLine = lines.lineNumber() + 1;
            Deque<CsvRow> peeked = new ArrayDeque<>();
            InputKind kind = options.kind() == InputKind.AUTO ? KindDetector.fromHeader(header) : options.kind();
            if (kind == InputKind.AUTO) {
                kind = peekKind(csv, header, peeked);
            }
            TallyAccumulator accumulator = new TallyAccumulator();
            RowHandler handler;
            if (kind == InputKind.BALLOTS) {
                BallotLayout layout = BallotLayout.of(header);
                layout.contests().forEach(c -> run.noteContest(c.contest()));
                long size = size();
                int idSource = layout.ballotId() < 0 ? -1
                        : ids.register(path, file, csv.separator(), layout.ballotId(), lineIndex, size);
                if (size >= tuning.parallelFrom()) {
                    BallotRules rules = new BallotRules(file, csv.separator(), header.size(), layout, options,
                            jurisdictions.declared());
                    ContestSlot[] slots = rules.contests().stream()
                            .map(c -> accumulator.contest(c, options.optionsFor(c)
                                    .orElse(BallotCounter.DEFAULT_OPTIONS), false))
                            .toArray(ContestSlot[]::new);
                    ParallelBallotReader.Outcome out = new ParallelBallotReader(path, rules, ids, idSource, lineIndex,
                            options.effectiveThreads(), tuning.chunkBytes(), tuning.maxShapes(), this::reject)
                            .withProgress(progress).read(dataStart, firstDataLine, slots, jurisdictions);
                    rows = out.rows();
                    counted = out.counted();
                    progress.fileDone(out.bytes());
                    return finish(run, accumulator, new InputSummary(file, out.sha256(), out.bytes(), kind.word(),
                            rows, counted, rejected));
                }
                BallotCounter counter = new BallotCounter(layout, accumulator, options, jurisdictions, ids, idSource);
                handler = row -> counter.accept(row.cells(), row.offset());
            } else {
                ReturnsLayout layout = ReturnsLayout.of(header, options);
                ReturnsCounter counter = new ReturnsCounter(layout, accumulator, options, jurisdictions, seenUnits,
                        file, run::noteContest);
                handler = row -> counter.accept(row.cells(), row.line());
                if (!layout.longForm() && tuning.plainReturns()) {
                    hashAside = hashAside(lines);
                    while (!peeked.isEmpty()) {
                        row(peeked.pollFirst(), handler, lines, progress);
                    }
                    PlainReturnsRows.Outcome out = new PlainReturnsRows(lines, csv, counter, jurisdictions,
                            header.size(), this::reject, progress).read();
                    rows += out.rows();
                    counted += out.counted();
                }
            }
            for (CsvRow row = next(peeked, csv); row != null; row = next(peeked, csv)) {
                row(row, handler, lines, progress);
            }
            progress.fileDone(lines.bytesRead());
            InputHash.Digest digest = hashAside == null ? new InputHash.Digest(lines.sha256(), lines.bytesRead())
                    : await(hashAside);
            return finish(run, accumulator, new InputSummary(file, digest.sha256(), digest.bytes(), kind.word(),
                    rows, counted, rejected));
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        } finally {
            if (hashAside != null) {
                hashAside.cancel(true); // a read that failed need not wait for its hash
            }
        }
    }

    /**
     * Starts hashing a large regular file on a thread of its own, and stops {@code lines} hashing
     * what it reads: SHA-256 cannot be split, and on the reading thread it took a sixth of the time
     * of a million-row returns file (more before the JIT turns it into the CPU's SHA instructions).
     * Null for a file under {@link ReadTuning#parallelFrom} bytes, or one that cannot be read twice
     * (a pipe): {@code lines} hashes it as it is read.
     */
    private Future<InputHash.Digest> hashAside(LineSource lines) throws IOException {
        if (stamp.isEmpty() || size() < tuning.parallelFrom()) {
            return null;
        }
        FutureTask<InputHash.Digest> task = new FutureTask<>(() -> InputHash.of(path));
        Thread thread = new Thread(task, "reftally-hash");
        thread.setDaemon(true);
        thread.start();
        lines.stopHashing();
        return task;
    }

    private static InputHash.Digest await(Future<InputHash.Digest> hash) throws IOException {
        try {
            return hash.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Counts or rejects one data row read by CsvRows. */
    private void row(CsvRow row, RowHandler handler, LineSource lines, ProgressMeter progress) {
        rows++;
        progress.row(lines.bytesRead());
        Optional<String> problem = row.malformed() ? Optional.of(row.problem()) : handler.accept(row);
        if (problem.isPresent()) {
            reject(row, problem.get());
        } else {
            counted++;
        }
    }

    /** The checks after the last row, then the file's counts into the run. */
    private InputSummary finish(RunTally run, TallyAccumulator accumulator, InputSummary summary) {
        stamp.ifPresent(before -> before.requireUnchanged(path, file, summary.bytes()));
        if (rows == 0) {
            throw InputFileException.of(file, "the file has a header but no data rows");
        }
        for (ContestSlot slot : accumulator.slots()) {
            if (slot.options().isEmpty() && slot.hasUnits()) {
                throw InputFileException.of(file, "contest '" + slot.name() + "' has no option rows, only blank,"
                        + " invalid or electorate");
            }
        }
        run.add(file, accumulator.freeze());
        return summary;
    }

    private long size() throws IOException {
        return Files.size(path);
    }

    /** One data row's counting: empty when counted, else why not. */
    @FunctionalInterface
    private interface RowHandler {
        Optional<String> accept(CsvRow row);
    }

    private InputStream open() {
        if (Files.isDirectory(path)) {
            throw InputFileException.of(file, "is a directory, not a CSV file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw InputFileException.of(file, "no such file");
        } catch (AccessDeniedException e) {
            throw InputFileException.of(file, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot open the file: " + e.getMessage());
        }
    }

    /** Reads ahead to the first well-formed row (kept in {@code peeked}) and judges the kind from it. */
    private InputKind peekKind(CsvRows csv, Header header, Deque<CsvRow> peeked) throws IOException {
        for (CsvRow row = csv.next(); row != null; row = csv.next()) {
            peeked.addLast(row);
            if (!row.malformed()) {
                return KindDetector.fromRow(header, row, file);
            }
        }
        if (peeked.isEmpty()) {
            throw InputFileException.of(file, "the file has a header but no data rows");
        }
        throw InputFileException.of(file, "cannot tell ballots from returns: no data row is well-formed CSV;"
                + " give the kind (--kind ballots or --kind returns)");
    }

    private static CsvRow next(Deque<CsvRow> peeked, CsvRows csv) throws IOException {
        return peeked.isEmpty() ? csv.next() : peeked.pollFirst();
    }

    private void reject(CsvRow row, String reason) {
        reject(row.line(), reason, row.raw());
    }

    private void reject(long line, String reason, String raw) {
        Reject r = new Reject(file, line, reason, raw);
        if (options.strict()) {
            throw new StrictModeException(r);
        }
        rejected++;
        sink.accept(r);
    }
}
