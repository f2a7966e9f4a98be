package org.reftally.ingest;

/**
 * Splits one physical line of a ballots file into cells in place, in one pass over its bytes, when
 * the line is simple enough that the result is certainly what OpenCSV's RFC 4180 parser would give:
 * printable ASCII cells, each either bare (no double quote anywhere) or wholly enclosed in double
 * quotes with no quote, CR or LF inside (RFC 4180 section 2, rules 5 and 6: such a cell is its
 * inner text, separators included). Anything else (an escaped {@code ""}, a quote inside a bare
 * cell, text after a closing quote, a multi-line cell, a control character, non-ASCII bytes) is left
 * to OpenCSV: {@link #scan} answers {@link #SLOW} and consumes nothing. The parallel reader's
 * differential test holds both paths to the same results.
 *
 * <p>Not thread-safe: one per chunk parser; the cell bounds are overwritten by each scan.
 */
final class LineScanner {

    /** {@link #scan}: the line is not simple; read it with OpenCSV. */
    static final int SLOW = -1;
    /** {@link #scan}: no LF before {@code stop}; read further, then scan again with the known end. */
    static final int MORE = -2;

    private static final byte PLAIN = 0;
    private static final byte SPACE = 1;
    private static final byte SPECIAL = 2;
    private static final byte LF = 3;
    private static final byte CR = 4;
    private static final byte QUOTE = 5;
    private static final byte[] CLASS = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            CLASS[b] = b >= 0x20 && b < 0x7F ? PLAIN : SPECIAL;
        }
        CLASS[' '] = SPACE;
        CLASS['\t'] = SPACE;
        CLASS['\n'] = LF;
        CLASS['\r'] = CR;
        CLASS['"'] = QUOTE;
    }

    private final byte sep;
    /** Where cell k starts and ends ({@code k < cells()} and below the header's cell count). */
    final int[] starts;
    final int[] ends;
    private int cells;
    private boolean content;
    private int contentEnd;

    LineScanner(char separator, int headerCells) {
        this.sep = (byte) separator;
        this.starts = new int[headerCells];
        this.ends = new int[headerCells];
    }

    /** Whether {@code b} is a space or tab (what the fast path trims around an ID). */
    static boolean isSpace(byte b) {
        return CLASS[b & 0xFF] == SPACE;
    }

    /**
     * Scans the line starting at {@code buf[from]} up to its LF, looking no further than
     * {@code stop}; when {@code stopEndsLine}, {@code stop} is the line's end (the file ends there
     * without a LF). Returns the index of the LF (or {@code stop}), {@link #SLOW} or {@link #MORE}.
     */
    int scan(byte[] buf, int from, int stop, boolean stopEndsLine) {
        int cap = starts.length;
        int n = 0;
        int quotedEnd = -1;
        boolean any = false;
        int to = -1;
        starts[0] = from;
        int i = from;
        scan:
        for (; i < stop; i++) {
            byte b = buf[i];
            if (b == sep) {
                any |= b != '\t';
                if (n + 1 < cap) {
                    ends[n] = quotedEnd >= 0 ? quotedEnd : i;
                    starts[n + 1] = i + 1;
                }
                quotedEnd = -1;
                n++;
                continue;
            }
            switch (CLASS[b & 0xFF]) {
                case PLAIN -> any = true;
                case SPACE -> { }
                case LF -> {
                    break scan;
                }
                case CR -> {
                    if (i + 1 < stop && buf[i + 1] == '\n') {
                        to = i;
                        i++;
                        break scan;
                    }
                    if (i + 1 == stop && stopEndsLine) {
                        to = i;
                        i++;
                        break scan;
                    }
                    return SLOW;
                }
                case QUOTE -> {
                    if (n >= cap || i != starts[n]) {
                        return SLOW;
                    }
                    int close = closingQuote(buf, i + 1, stop);
                    if (close < 0 || !endsCell(buf, close + 1, stop, stopEndsLine)) {
                        return SLOW;
                    }
                    any = true; // "" is an empty cell, but the line is a row (OpenCSV: not blank)
                    starts[n] = i + 1;
                    quotedEnd = close;
                    i = close;
                }
                default -> {
                    return SLOW;
                }
            }
        }
        if (i >= stop && !stopEndsLine) {
            return MORE;
        }
        int nl = Math.min(i, stop);
        if (to < 0) {
            to = nl;
        }
        if (nl - from > LineSource.MAX_LINE_BYTES) {
            return SLOW; // the slow path refuses it with the sequential reader's message
        }
        if (n < cap) {
            ends[n] = quotedEnd >= 0 ? quotedEnd : to;
        }
        cells = n + 1;
        content = any;
        contentEnd = to;
        return nl;
    }

    /** The number of cells of the last scanned line. */
    int cells() {
        return cells;
    }

    /** Whether the last scanned line has anything but separators, spaces and tabs (else it is no row). */
    boolean hasContent() {
        return content;
    }

    /** Where the last scanned line's text ends (before a CR that precedes its LF). */
    int contentEnd() {
        return contentEnd;
    }

    /** The index of the quote closing a cell whose text starts at {@code from}, or -1 when not simple. */
    private int closingQuote(byte[] buf, int from, int stop) {
        for (int j = from; j < stop; j++) {
            byte b = buf[j];
            byte c = CLASS[b & 0xFF];
            if (c == QUOTE) {
                return j;
            }
            if (c != PLAIN && c != SPACE && b != sep) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a cell may end at {@code at}: a separator, LF, CR LF, or the end of the line. */
    private boolean endsCell(byte[] buf, int at, int stop, boolean stopEndsLine) {
        if (at >= stop) {
            return stopEndsLine;
        }
        byte b = buf[at];
        if (b == sep || b == '\n') {
            return true;
        }
        if (b == '\r') {
            return at + 1 < stop ? buf[at + 1] == '\n' : stopEndsLine;
        }
        return false;
    }
}
