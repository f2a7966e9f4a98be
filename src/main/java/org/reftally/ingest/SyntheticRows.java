package org.reftally.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the rows of a synthetic ballots file in a seeded shuffled order, in memory that depends
 * on the number of distinct rows (cells), never on the number of rows.
 *
 * <p>Every row gets a slot by a {@link SyntheticPermutation} of the row numbers. Slots are laid
 * out as: the genuine ballots, cell after cell ({@code [0, counted)}); then the duplicates
 * ({@code counted + t} repeats genuine slot {@code t}: the same ballot ID, jurisdiction and
 * choice); then the malformed rows. Because a duplicate is an exact copy, whichever of the pair
 * comes first is counted and the later one is rejected as a repeated ID, and the tally is the
 * same either way. A row's cell is found by binary search in the prefix sums of the cell counts.
 *
 * <p>Ballot IDs are {@code B} and the 1-based row number, zero-padded to the width of the row
 * count ({@code B0000001} in a file of 5,000,000 rows), so they sort in file order. Rows are
 * assembled in one reused char buffer: no string is made per row.
 *
 * <p>Immutable; {@link #write} may be called any number of times, from any thread, and always
 * writes the same characters.
 */
final class SyntheticRows {

    private static final int BUFFER = 1 << 16;

    /** Buckets of the slot index: enough that a bucket rarely spans more than one cell. */
    private static final int BUCKET_BITS = 14;

    private final String header;
    private final long[] ends;
    private final char[][] tails;
    private final long counted;
    private final long duplicates;
    private final char[][] malformedTails;
    private final long malformed;
    private final long seed;
    private final int bucketShift;
    private final int[] bucketFirstCell;

    /**
     * @param header         the header line, LF-terminated
     * @param cellCounts     how many genuine ballots each cell has
     * @param cellTails      what follows the ballot ID in a row of each cell: {@code ,CA,YES\n}
     * @param duplicates     how many duplicate rows (at most the genuine ballots)
     * @param malformed      how many malformed rows
     * @param malformedTails what follows the ID of malformed row {@code t}, used in turn
     *                       ({@code t mod length}); needed when {@code malformed > 0}
     */
    SyntheticRows(String header, long[] cellCounts, List<String> cellTails, long duplicates, long malformed,
            List<String> malformedTails, long seed) {
        this.header = header;
        List<Long> kept = new ArrayList<>();
        List<char[]> keptTails = new ArrayList<>();
        long sum = 0;
        for (int c = 0; c < cellCounts.length; c++) {
            if (cellCounts[c] < 0) {
                throw new IllegalArgumentException("a cell count must not be negative");
            }
            if (cellCounts[c] > 0) {
                sum = Math.addExact(sum, cellCounts[c]);
                kept.add(sum);
                keptTails.add(cellTails.get(c).toCharArray());
            }
        }
        this.ends = kept.stream().mapToLong(Long::longValue).toArray();
        this.tails = keptTails.toArray(char[][]::new);
        this.counted = sum;
        if (duplicates < 0 || duplicates > counted || malformed < 0) {
            throw new IllegalArgumentException(duplicates + " duplicates of " + counted + " ballots cannot be written");
        }
        if (malformed > 0 && malformedTails.isEmpty()) {
            throw new IllegalArgumentException("malformed rows need a text to write");
        }
        this.duplicates = duplicates;
        this.malformed = malformed;
        this.malformedTails = malformedTails.stream().map(String::toCharArray).toArray(char[][]::new);
        this.seed = seed;
        int shift = 0;
        while ((counted >>> shift) >= (1L << BUCKET_BITS)) {
            shift++;
        }
        this.bucketShift = shift;
        this.bucketFirstCell = new int[counted == 0 ? 0 : (int) ((counted - 1) >>> shift) + 1];
        for (int b = 0; b < bucketFirstCell.length; b++) {
            bucketFirstCell[b] = search((long) b << shift);
        }
        long rows = Math.addExact(Math.addExact(counted, duplicates), malformed);
        if (rows > SyntheticPermutation.MAX_SIZE) {
            throw new IllegalArgumentException("at most 2^62 rows can be written, not " + rows);
        }
    }

    long rows() {
        return counted + duplicates + malformed;
    }

    void write(Writer out) throws IOException {
        long rows = rows();
        SyntheticPermutation order = new SyntheticPermutation(rows, seed);
        int width = Long.toString(Math.max(rows, 1)).length();
        int longestTail = 0;
        for (char[] t : tails) {
            longestTail = Math.max(longestTail, t.length);
        }
        for (char[] t : malformedTails) {
            longestTail = Math.max(longestTail, t.length);
        }
        int longestRow = 1 + width + longestTail;
        char[] buffer = new char[Math.max(BUFFER, 2 * longestRow)];
        char[] id = new char[width];
        java.util.Arrays.fill(id, '0');
        out.write(header);
        int pos = 0;
        for (long row = 0; row < rows; row++) {
            increment(id);
            if (pos + longestRow > buffer.length) {
                out.write(buffer, 0, pos);
                pos = 0;
            }
            buffer[pos++] = 'B';
            long slot = order.apply(row);
            char[] tail;
            if (slot < counted) {
                pos = copy(id, buffer, pos);
                tail = tails[cell(slot)];
            } else if (slot < counted + duplicates) {
                long original = slot - counted;
                digits(order.invert(original) + 1, buffer, pos, width);
                pos += width;
                tail = tails[cell(original)];
            } else {
                pos = copy(id, buffer, pos);
                tail = malformedTails[(int) ((slot - counted - duplicates) % malformedTails.length)];
            }
            pos = copy(tail, buffer, pos);
        }
        out.write(buffer, 0, pos);
        out.flush();
    }

    /**
     * The cell of genuine slot {@code slot}: the first whose prefix sum exceeds it. A table of the
     * first cell of each bucket of slots leaves a step or two, where a binary search would take
     * eight unpredictable branches for the cells of 51 jurisdictions.
     */
    private int cell(long slot) {
        int c = bucketFirstCell[(int) (slot >>> bucketShift)];
        while (ends[c] <= slot) {
            c++;
        }
        return c;
    }

    private int search(long slot) {
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > slot) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int copy(char[] from, char[] to, int pos) {
        // A plain loop: the copies are a dozen characters, where System.arraycopy's set-up dominates.
        for (char c : from) {
            to[pos++] = c;
        }
        return pos;
    }

    /** Adds one to a zero-padded decimal counter in place. */
    private static void increment(char[] id) {
        for (int i = id.length - 1; i >= 0; i--) {
            if (id[i] != '9') {
                id[i]++;
                return;
            }
            id[i] = '0';
        }
        throw new IllegalStateException("ballot ID counter overflow");
    }

    private static void digits(long value, char[] to, int pos, int width) {
        long v = value;
        for (int i = pos + width - 1; i >= pos; i--) {
            to[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
