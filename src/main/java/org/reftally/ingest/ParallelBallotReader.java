package org.reftally.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads the data rows of one large ballots file on several threads, with the same results, rejects
 * (file, line, reason, in file order) and failures as the sequential reader, for any thread count
 * and chunk size.
 *
 * <p>The data bytes are cut into chunks of about {@code chunkBytes}, each starting just after a
 * newline, and each chunk is counted by a {@link ChunkParser} on a pool thread, assuming that a
 * record starts there. A quoted field may hold newlines, so that assumption can be wrong: the merge,
 * which applies chunks in file order, knows where the previous chunk's last record really ended and
 * re-parses a chunk from there when it differs (rare: only a quoted multi-line cell crossing a cut).
 * Line numbers are the chunks' newline counts added up. Ballot IDs are checked chunk by chunk in
 * file order, each chunk's shards on several threads ({@link ShardedIdCheck}); a counted row whose
 * ID turns out to repeat an earlier one is read again and taken back from its chunk's counts.
 * Counts are sums, so they are added up as chunks are merged (most rows as an array of rows per
 * {@link RowShapes shape}: {@link ShapeTotals}) and put into the file's tally once, at the end;
 * only the final sums decide which units were counted. At most {@code 2 * threads + 1} chunks are
 * in flight, each holding at most {@link ChunkParser#MAX_REJECTS} rejects (a chunk stops there and
 * the merge reads the rest of its range in slices), so memory does not grow with the file, nor
 * with how much of it is rejected.
 *
 * <p>The SHA-256 of the whole file is computed on one more thread while the chunks are counted.
 *
 * <p>Not thread-safe: one per file; it runs its own threads and stops them before returning.
 */
final class ParallelBallotReader {

    /** Where a rejected row goes: the reader's reject handling (strict mode may throw). */
    @FunctionalInterface
    interface Rejecter {
        void reject(long line, String reason, String raw);
    }

    /** Rows read and counted, and the file's hash and size. */
    record Outcome(long rows, long counted, String sha256, long bytes) {
    }

    /** How much of a chunk that stopped early at its cap of rejects is read at a time in the merge. */
    private static final int SLICE_BYTES = 256 << 10;

    private final Path path;
    private final BallotRules rules;
    private final BallotIdIndex ids;
    private final int idSource;
    private final LineIndex lineIndex;
    private final int threads;
    private final int chunkBytes;
    private final int maxShapes;
    private final Rejecter rejecter;
    private long rows;
    private ProgressMeter progress = new ProgressMeter(Progress.NONE);
    private long counted;
    /** The file's counts, added up as chunks are merged, and put into the slots once at the end. */
    private final ChunkCounts total;
    private final ShapeTotals shapeTotals = new ShapeTotals();
    private final Queue<long[]> spareIds = new ConcurrentLinkedQueue<>();

    ParallelBallotReader(Path path, BallotRules rules, BallotIdIndex ids, int idSource, LineIndex lineIndex,
            int threads, int chunkBytes, int maxShapes, Rejecter rejecter) {
        this.path = path;
        this.rules = rules;
        this.ids = rules.ballotId >= 0 ? ids : null;
        this.idSource = idSource;
        this.lineIndex = lineIndex;
        this.threads = threads;
        this.chunkBytes = chunkBytes;
        this.maxShapes = maxShapes;
        this.rejecter = rejecter;
        this.total = new ChunkCounts(rules);
    }

    /** Reports each merged chunk to {@code meter}, for a progress display. */
    ParallelBallotReader withProgress(ProgressMeter meter) {
        this.progress = meter;
        return this;
    }

    /**
     * Counts the rows from byte {@code dataStart} (line {@code firstLine}) to the end into
     * {@code slots} (one per counted contest, in rule order).
     */
    Outcome read(long dataStart, long firstLine, ContestSlot[] slots, JurisdictionResolver jurisdictions)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, r -> {
            Thread t = new Thread(r, "reftally-ingest");
            t.setDaemon(true);
            return t;
        });
        // Helpers for the ID check: a pool of their own, so that they are not queued behind chunks.
        ExecutorService idHelpers = Executors.newFixedThreadPool(Math.max(1, threads - 1), r -> {
            Thread t = new Thread(r, "reftally-ids");
            t.setDaemon(true);
            return t;
        });
        ShardedIdCheck idCheck = ids == null ? null : new ShardedIdCheck(ids, idSource, idHelpers, threads - 1);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            Future<InputHash.Digest> hash = pool.submit(() -> InputHash.of(path));
            byte[] slice = new byte[SLICE_BYTES + (1 << 16)];
            ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[chunkBytes + (1 << 16)]);
            ShapeBook book = new ShapeBook();
            ThreadLocal<RowShapes> shapes = ThreadLocal.withInitial(() -> new RowShapes(rules.votes.length, book, maxShapes));
            Deque<long[]> ranges = new ArrayDeque<>();
            Deque<Future<ChunkResult>> running = new ArrayDeque<>();
            long nextCut = dataStart;
            boolean sized = false;
            long expected = dataStart;
            long line = firstLine;
            while (nextCut < size || !running.isEmpty()) {
                while (nextCut < size && running.size() < 2 * threads + 1) {
                    long s = nextCut;
                    long e = cut(channel, s + chunkBytes, size);
                    nextCut = e;
                    ranges.addLast(new long[] {s, e});
                    running.addLast(pool.submit(() -> new ChunkParser(rules, ids, channel, s, e, size,
                            buffers.get(), shapes.get(), spareIds).parse()));
                }
                if (ids != null && !sized) {
                    // Sized once, after the first chunks are handed out: the tables (15 bytes per
                    // expected row) take the kernel a good tenth of a second to map, while the
                    // workers already read.
                    ids.expect(estimateRows(channel, dataStart, size));
                    sized = true;
                }
                long[] range = ranges.pollFirst();
                Future<ChunkResult> speculated = running.pollFirst();
                long s = range[0];
                long e = range[1];
                if (expected >= e) {
                    speculated.cancel(false); // no interrupt: it would close the shared channel
                    line += countNewlines(channel, s, e);
                    continue;
                }
                ChunkResult r;
                long base;
                if (expected == s) {
                    r = await(speculated);
                    base = line - 1;
                } else {
                    speculated.cancel(false); // no interrupt: it would close the shared channel
                    long skipped = countNewlines(channel, s, expected);
                    r = new ChunkParser(rules, ids, channel, expected, e, size, new byte[0],
                            shapes.get(), spareIds).parse();
                    base = line + skipped - 1;
                    r.newlines += skipped;
                }
                long before = rows;
                apply(r, base, channel, idCheck);
                progress.rows(r.nextStart, rows - before);
                line += r.newlines;
                expected = r.nextStart;
                // A chunk stops early at ChunkParser.MAX_REJECTS: read the rest of its range here, in
                // slices applied one by one, so that rejects never pile up in memory.
                while (expected < e) {
                    long sliceEnd = Math.min(e, cut(channel, expected + SLICE_BYTES, size));
                    r = new ChunkParser(rules, ids, channel, expected, sliceEnd, size, slice,
                            shapes.get(), spareIds).parse();
                    apply(r, line - 1, channel, idCheck);
                    line += r.newlines;
                    expected = r.nextStart;
                }
            }
            shapeTotals.addTo(total);
            total.addTo(slots, jurisdictions);
            InputHash.Digest digest = await(hash);
            return new Outcome(rows, counted, digest.sha256(), digest.bytes());
        } finally {
            pool.shutdownNow();
            idHelpers.shutdownNow();
        }
    }

    private void apply(ChunkResult r, long base, FileChannel channel, ShardedIdCheck idCheck) throws IOException {
        if (ids != null) {
            lineIndex.markAll(r.marks, base);
        }
        List<ShardedIdCheck.Duplicate> dups = idCheck == null ? List.of() : idCheck.check(r);
        if (r.idPairs() != null && spareIds.size() <= 2 * threads + 1) {
            spareIds.offer(r.idPairs()); // checked: the array may take another chunk's IDs
        }
        int i = 0;
        int t = 0;
        while (i < r.rejects.size() || t < dups.size()) {
            if (t == dups.size() || (i < r.rejects.size() && r.rejects.get(i).offset() < dups.get(t).offset())) {
                ChunkResult.Rejected x = r.rejects.get(i++);
                rejecter.reject(base + x.line(), x.reason(), x.raw());
                continue;
            }
            ShardedIdCheck.Duplicate d = dups.get(t++);
            RowRereader.Row row = RowRereader.read(channel, d.offset(), rules.separator);
            String id = row.cells().get(rules.ballotId).strip();
            r.counted--;
            r.counts.takeBack(row.cells());
            rejecter.reject(lineIndex.lineAt(d.offset(), channel), "duplicate ballot_id " + id
                    + ", first seen at " + d.first(), row.raw());
        }
        if (r.failure != null) {
            throw InputFileException.at(rules.file, base + r.failure.line(), r.failure.getMessage());
        }
        rows += r.rows;
        counted += r.counted;
        r.counts.addInto(total);
        shapeTotals.add(r.shapes);
    }

    /** The first offset at or after {@code from} that starts a line (or {@code size}). */
    private static long cut(FileChannel channel, long from, long size) throws IOException {
        if (from >= size) {
            return size;
        }
        ByteBuffer b = ByteBuffer.allocate(4096);
        long at = from - 1;
        while (at < size) {
            b.clear();
            int n = channel.read(b, at);
            if (n <= 0) {
                return size;
            }
            for (int k = 0; k < n; k++) {
                if (b.get(k) == '\n') {
                    return at + k + 1;
                }
            }
            at += n;
        }
        return size;
    }

    private static long countNewlines(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16);
        long count = 0;
        for (long at = from; at < to; ) {
            b.clear();
            b.limit((int) Math.min(b.capacity(), to - at));
            int n = channel.read(b, at);
            if (n <= 0) {
                break;
            }
            for (int k = 0; k < n; k++) {
                if (b.get(k) == '\n') {
                    count++;
                }
            }
            at += n;
        }
        return count;
    }

    /** Rows to expect, from the line length of the first 1 MiB: so the ID table is sized once. */
    private static long estimateRows(FileChannel channel, long dataStart, long size) throws IOException {
        long sample = Math.min(1 << 20, size - dataStart);
        long lines = countNewlines(channel, dataStart, dataStart + sample);
        if (lines == 0) {
            return 16;
        }
        return (long) ((size - dataStart) * 1.02 * lines / sample) + 16;
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error error) {
                throw error; // out of memory on a worker is out of memory, not a bug of the reader
            }
            throw new IllegalStateException(cause);
        }
    }
}
