package org.reftally.ingest;

import java.util.Arrays;
import java.util.List;
import org.reftally.model.Unit;

/**
 * The distinct <em>shapes</em> of a file's ballot rows seen by one worker thread, and how many rows
 * of its current chunk had each: a row's shape is its bytes after the ballot ID cell (all of them,
 * in a file without IDs), which alone decide what the row counts. A national file of ten million
 * ballots has a few thousand shapes (state, county and choice), so once a shape has been read and
 * understood the usual way, every later row of that shape costs one hash, one comparison and one
 * increment. At the end of a chunk its rows per shape are handed to the merge ({@link #snapshot}),
 * which sums them over the file and adds them to the file's counts once per shape at the end
 * ({@link ShapeTotals}): the merge never walks a chunk's units and maps, only an array of counts.
 *
 * <p>A shape keeps what its rows count (unit, and per contest the mark's code, or the cell's text
 * for a mark that is no option, whose code is the chunk's own). Only counted rows have shapes:
 * rejected rows are read the usual way every time. At most {@value #MAX_SHAPES} shapes are kept: a
 * file with a column of unique values (a timestamp) has as many shapes as rows, and its later rows
 * are then simply read the usual way.
 *
 * <p>Not thread-safe: one per worker thread and file, used by one chunk at a time. The shapes
 * themselves are only ever appended: a {@link Snapshot} shares the arrays, whose entries below its
 * count are never written again (a growing array is copied, and the old one left alone), so the
 * merging thread may read them once the snapshot is handed over.
 */
final class RowShapes {

    /** {@link #find}: this shape is not known. */
    static final int ABSENT = -1;
    /**
     * The most shapes kept per worker: a large state's precincts times a few marks (about 40 bytes
     * each, 10 MB in all). A file of 5M ballots in 100,000 precincts took 4.8-5.0 s with 16,384
     * (most rows then read the usual way) and 3.7 s with this.
     */
    static final int MAX_SHAPES = 1 << 18;
    /** Longer shapes are not kept: a row of them is no common shape. */
    static final int MAX_SHAPE_BYTES = 256;
    /** The seed of a shape's hash ({@link Words#hash}). */
    static final long SEED = 0x2545F4914F6CDD1DL;

    private final int contests;
    private int[] slots = new int[256];
    private long[] hashes = new long[128];
    private int[] keyStart = new int[128];
    private int[] keyLength = new int[128];
    private byte[] keys = new byte[4096];
    private int keysUsed;
    private Unit[] units = new Unit[64];
    /** Per shape and contest: the mark's code, or -1 - (index in {@link #cells}) for a mark that is no option. */
    private int[] codes;
    private String[] cells = new String[16];
    private int cellCount;
    private long[] rows = new long[64];
    private int shapes;

    private final ShapeBook book;
    private final int maxShapes;
    /** How many of the book's shapes this worker has taken ({@link #catchUp}). */
    private int fromBook;

    /**
     * @param book      the shapes the other workers of the file have learnt
     * @param maxShapes the most shapes to keep ({@link #MAX_SHAPES} but in tests)
     */
    RowShapes(int contests, ShapeBook book, int maxShapes) {
        this.contests = contests;
        this.book = book;
        this.maxShapes = maxShapes;
        this.codes = new int[64 * contests];
    }

    /**
     * The shape of the row bytes {@code buf[from, to)} hashed {@code h} ({@link Words#hash} with
     * {@link #SEED}), or {@link #ABSENT}. Compared a word at a time, so whole words
     * must be readable up to the one that holds {@code to}, as for the scan that found {@code to}.
     */
    int find(long h, byte[] buf, int from, int to) {
        int mask = slots.length - 1;
        for (int i = (int) h & mask; slots[i] != 0; i = (i + 1) & mask) {
            int e = slots[i] - 1;
            if (hashes[e] == h && keyLength[e] == to - from && same(keyStart[e], buf, from, to - from)) {
                return e;
            }
        }
        return ABSENT;
    }

    /** Whether the key at {@code keys[k]} is {@code buf[from, from + n)}; every key has 8 bytes of room after it. */
    private boolean same(int k, byte[] buf, int from, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if (Words.at(keys, k + i) != Words.at(buf, from + i)) {
                return false;
            }
        }
        // The last word even when it holds no byte of the key (low(x, 0) is 0): a branch here, rarely
        // taken, made the JIT compile the loop that calls this twice.
        return Words.low(Words.at(keys, k + i) ^ Words.at(buf, from + i), n - i) == 0;
    }

    /**
     * Takes the shapes that other workers have learnt since the last call and this worker lacks;
     * returns whether there were any. Called when a line's shape is unknown, before learning it.
     */
    boolean catchUp() {
        if (book.size() <= fromBook) {
            return false;
        }
        List<ShapeBook.Shape> news = book.since(fromBook);
        fromBook += news.size();
        for (ShapeBook.Shape shape : news) {
            byte[] key = shape.key();
            long h = Words.hash(SEED, key, 0, shape.length());
            if (!full() && find(h, key, 0, shape.length()) == ABSENT) {
                add(h, key, 0, shape.length(), shape.unit(), shape.codes(), shape.cells(), false);
            }
        }
        return true;
    }

    /** Whether a shape of {@code length} bytes may still be added. */
    boolean canLearn(int length) {
        return !full() && length <= MAX_SHAPE_BYTES;
    }

    /** Whether no more shapes may be added. */
    private boolean full() {
        return shapes >= maxShapes;
    }

    /**
     * Adds a shape whose rows count for {@code unit} with, in contest k, the mark code
     * {@code markCodes[k]}, or when that is -1 the code the chunk gives {@code cellTexts[k]}; returns it.
     */
    int add(long h, byte[] buf, int from, int to, Unit unit, int[] markCodes, String[] cellTexts) {
        return add(h, buf, from, to, unit, markCodes, cellTexts, true);
    }

    private int add(long h, byte[] buf, int from, int to, Unit unit, int[] markCodes, String[] cellTexts,
            boolean learnt) {
        if (learnt) {
            book.add(buf, from, to, unit, markCodes, cellTexts);
        }
        if (shapes == units.length) {
            units = Arrays.copyOf(units, shapes * 2);
            rows = Arrays.copyOf(rows, shapes * 2);
            codes = Arrays.copyOf(codes, shapes * 2 * contests);
        }
        units[shapes] = unit;
        for (int k = 0; k < contests; k++) {
            int code = markCodes[k];
            if (code < 0) {
                if (cellCount == cells.length) {
                    cells = Arrays.copyOf(cells, cellCount * 2);
                }
                cells[cellCount++] = cellTexts[k];
                code = -cellCount;
            }
            codes[shapes * contests + k] = code;
        }
        put(h, buf, from, to);
        return shapes++;
    }

    /** Counts one more row of shape {@code shape} in the current chunk. */
    void count(int shape) {
        rows[shape]++;
    }

    /** Forgets the rows counted so far: a new chunk starts. */
    void clearCounts() {
        Arrays.fill(rows, 0, shapes, 0);
    }

    /** The current chunk's rows per shape, with the shapes so far; the counts start again from zero. */
    Snapshot snapshot() {
        long[] counted = Arrays.copyOf(rows, shapes);
        Arrays.fill(rows, 0, shapes, 0);
        return new Snapshot(this, shapes, units, codes, cells, contests, counted);
    }

    /**
     * One chunk's rows of each shape of one worker ({@code owner}), and what the shapes count: the
     * shared arrays of the {@link RowShapes} at the time, of which only the first {@code shapes}
     * entries (and the cell texts they name) are read.
     */
    record Snapshot(RowShapes owner, int shapes, Unit[] units, int[] codes, String[] cells, int contests,
            long[] rows) {

        /** Adds {@code n} rows of shape {@code s} to {@code counts}. */
        void add(int s, long n, ChunkCounts counts) {
            int u = counts.unit(units[s]);
            for (int k = 0; k < contests; k++) {
                int code = codes[s * contests + k];
                counts.count(k, u, code >= 0 ? code : counts.code(k, cells[-1 - code]), n);
            }
            counts.row(u, n);
        }
    }

    /** Adds the key of shape number {@link #shapes} (before it is counted in). */
    private void put(long h, byte[] buf, int from, int to) {
        int length = to - from;
        if (shapes == hashes.length) {
            hashes = Arrays.copyOf(hashes, shapes * 2);
            keyStart = Arrays.copyOf(keyStart, shapes * 2);
            keyLength = Arrays.copyOf(keyLength, shapes * 2);
        }
        if (keysUsed + length + 8 > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysUsed + length + 8));
        }
        System.arraycopy(buf, from, keys, keysUsed, length);
        hashes[shapes] = h;
        keyStart[shapes] = keysUsed;
        keyLength[shapes] = length;
        keysUsed += length;
        if ((shapes + 1) * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int e = 0; e < shapes; e++) {
                insert(e);
            }
        }
        insert(shapes);
    }

    private void insert(int e) {
        int mask = slots.length - 1;
        int i = (int) hashes[e] & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = e + 1;
    }
}
