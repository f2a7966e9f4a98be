package org.reftally.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One line of a CSV file split in place at the separator, when it is <em>plain</em>: printable
 * ASCII without a double quote, with as many cells as the header. Such a line is what OpenCSV's
 * RFC 4180 parser would split the same way, at every separator, keeping each cell as it is; and
 * the only whitespace a plain cell can hold is the space, so trimming spaces is {@code strip()}.
 * Cells are read from the bytes: counts without a {@code String}, texts as one.
 *
 * <p>Not thread-safe: reused line after line by one reader; a line's bytes must stay in place
 * while its cells are read.
 */
final class PlainLine {

    /** What {@link #split} found. */
    enum Shape {
        /** Split: the cells are ready. */
        PLAIN,
        /** Empty, or only spaces (and tabs, when they separate): not a row. */
        BLANK,
        /** Anything else: for OpenCSV to read. */
        OTHER
    }

    /** {@link #count}: the cell is empty or spaces. */
    static final long EMPTY = -1;
    /** {@link #count}: the cell is not a plain count (see there). */
    static final long NOT_PLAIN = -2;
    /** Significant digits that always fit a {@code long} (whose largest value has 19). */
    static final int SAFE_DIGITS = 18;

    private final byte separator;
    /** Where each cell starts and ends, spaces around it excluded. */
    private final int[] starts;
    private final int[] ends;
    private byte[] bytes;

    PlainLine(char separator, int cells) {
        this.separator = (byte) separator;
        this.starts = new int[cells];
        this.ends = new int[cells];
    }

    /** Splits {@code b[from, to)}, a line without its terminator (and without the CR of a CRLF). */
    Shape split(byte[] b, int from, int to) {
        int last = starts.length - 1;
        int cell = 0;
        int start = from;
        boolean blank = true;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == separator) {
                if (cell == last) {
                    return Shape.OTHER; // more cells than the header (or a line of tabs): CsvRows says which
                }
                cell(cell++, b, start, i);
                start = i + 1;
                blank &= c == '\t';
            } else if (c < 0x20 || c > 0x7E || c == '"') {
                return Shape.OTHER; // bytes of 0x80 and up are negative
            } else {
                blank &= c == ' ';
            }
        }
        if (blank) {
            return Shape.BLANK;
        }
        if (cell != last) {
            return Shape.OTHER;
        }
        cell(cell, b, start, to);
        bytes = b;
        return Shape.PLAIN;
    }

    private void cell(int cell, byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        starts[cell] = s;
        ends[cell] = e;
    }

    /**
     * The count in {@code cell}, its digits read without leading zeros as {@link CountParser} reads
     * them; {@link #EMPTY}; or {@link #NOT_PLAIN} for anything else, including counts of more than
     * {@value #SAFE_DIGITS} significant digits, left to {@code CountParser} to judge.
     */
    long count(int cell) {
        int s = starts[cell];
        int e = ends[cell];
        if (s == e) {
            return EMPTY;
        }
        while (s < e - 1 && bytes[s] == '0') {
            s++;
        }
        if (e - s > SAFE_DIGITS) {
            return NOT_PLAIN;
        }
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = bytes[i] - '0';
            if (d < 0 || d > 9) {
                return NOT_PLAIN;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** The text of {@code cell}, without the spaces around it. */
    String text(int cell) {
        return ascii(bytes, starts[cell], ends[cell]);
    }

    /** Like {@link #text(int)}, but the same {@code String} as last time when {@code last} saw the same bytes. */
    String text(int cell, LastText last) {
        return last.of(bytes, starts[cell], ends[cell]);
    }

    private static String ascii(byte[] b, int s, int e) {
        return new String(b, s, e - s, StandardCharsets.ISO_8859_1); // plain bytes are ASCII: one byte, one char
    }

    /**
     * The last text of a column: codes, contest names and jurisdiction names repeat row after row,
     * so a repeat costs a comparison, not a {@code String}, and equal texts are the same object.
     */
    static final class LastText {

        private byte[] bytes = new byte[32];
        private int length = -1;
        private String text;

        private String of(byte[] b, int s, int e) {
            int n = e - s;
            if (n == length && Arrays.equals(bytes, 0, n, b, s, e)) {
                return text;
            }
            if (n > bytes.length) {
                bytes = new byte[Math.max(n, 2 * bytes.length)];
            }
            System.arraycopy(b, s, bytes, 0, n);
            length = n;
            text = ascii(b, s, e);
            return text;
        }
    }
}
