package org.reftally.ingest;

/**
 * Counts the lines of one chunk of a ballots file by their {@link RowShapes shape}, the bytes after
 * a plain ballot ID in the first cell (the whole line in a file without IDs), eight bytes a step
 * ({@link Words}): find the ID's end and the line's end, hash both on the way, look the shape up,
 * count. A line it cannot count this way is left unconsumed for the {@link ChunkParser}, which reads
 * it the usual way and learns its shape.
 *
 * <p>Not thread-safe: one per chunk parser.
 */
final class ShapedLines {

    /** {@link #run}: the lines were counted up to the end of the chunk. */
    static final int COUNTED = 0;
    /** {@link #run}: the next line's shape is not known to this worker ({@link #unknownFrom} and the rest say which). */
    static final int UNKNOWN = 1;
    /** {@link #run}: read the next line the usual way. */
    static final int CLASSIC = 2;

    private static final long SPACE_AND_BELOW = Words.broadcast(0x21);
    private static final long DEL = Words.broadcast(0x7F);
    private static final long QUOTES = Words.broadcast('"');
    private static final long LFS = Words.broadcast('\n');

    private final ChunkLines lines;
    private final long end;
    private final RowShapes shapes;
    private final ChunkResult result;
    private final BallotIdIndex ids;
    private final boolean idFirst;
    private final boolean wordHash;
    private final char separator;
    private final long seps;
    private long unknownHash;
    private int unknownFrom;
    private int unknownEnd;

    /**
     * @param end  where the chunk's last line starts before
     * @param ids  for hashing IDs (its hash is pure): the ID is the first cell; null when the file
     *             has no ballot_id column
     */
    ShapedLines(ChunkLines lines, long end, RowShapes shapes, ChunkResult result, BallotIdIndex ids, char separator) {
        this.lines = lines;
        this.end = end;
        this.shapes = shapes;
        this.result = result;
        this.ids = ids;
        this.idFirst = ids != null;
        this.wordHash = ids != null && ids.hashesWords();
        this.separator = separator;
        this.seps = Words.broadcast(separator);
    }

    /**
     * Counts lines through their shapes while it can, up to the end of the chunk; returns
     * {@link #COUNTED} at the end, else what {@link #line} said of the first line it did not
     * count. This is the loop that reads almost every row of a large file: kept apart from the
     * chunk parser's general loop, it is all that the JIT compiles for them.
     */
    int run() {
        int line;
        do {
            if (lines.position() >= end) {
                return COUNTED;
            }
            line = line();
        } while (line == COUNTED);
        return line;
    }

    /**
     * Counts the next line through its {@link RowShapes shape} when it can, eight bytes a step: its
     * ballot ID (the first cell) must be plain, printable ASCII without spaces or quotes, so that the
     * rest of the line (its shape) alone decides what the row counts. Returns {@link #COUNTED};
     * {@link #UNKNOWN}, consuming nothing, when the shape is not known (its hash and place are noted
     * for the caller, who learns it); or {@link #CLASSIC}, consuming nothing, when the line must be
     * read the usual way (an unusual ID, a line that runs past the buffered bytes). Whatever happens
     * to an unknown shape is kept out of this class on purpose: the hot loop stays small, and the
     * JIT compiles it several times faster (compiling was a large part of a whole run's time).
     */
    private int line() {
        byte[] buf = lines.buf;
        int from = lines.pos();
        int limit = lines.limit();
        int last = buf.length - 8; // the last index a word may be read from
        int i = from;
        long idHash = 0;
        if (idFirst) {
            long h = BallotIdIndex.SEED;
            while (true) {
                if (i > last) {
                    return CLASSIC;
                }
                long w = Words.at(buf, i);
                long odd = Words.belowOrNonAscii(w, SPACE_AND_BELOW) | Words.equalTo(w, DEL)
                        | Words.equalTo(w, QUOTES) | Words.equalTo(w, seps);
                if (odd != 0) {
                    int k = Words.firstFlagged(odd);
                    if (i + k >= limit || buf[i + k] != separator || i + k == from) {
                        return CLASSIC;
                    }
                    idHash = Words.finish(h, Words.low(w, k), i + k - from);
                    i += k + 1;
                    break;
                }
                h = Words.mix(h, w);
                i += 8;
            }
        }
        int rest = i;
        long h = RowShapes.SEED;
        int nl;
        while (true) {
            if (i > last) {
                return CLASSIC;
            }
            long w = Words.at(buf, i);
            long lf = Words.equalTo(w, LFS);
            if (lf != 0) {
                int k = Words.firstFlagged(lf);
                nl = i + k;
                if (nl >= limit || nl - from > LineSource.MAX_LINE_BYTES) {
                    return CLASSIC;
                }
                h = Words.finish(h, Words.low(w, k), nl - rest);
                break;
            }
            h = Words.mix(h, w);
            i += 8;
        }
        int shape = shapes.find(h, buf, rest, nl);
        if (shape < 0) {
            unknownHash = h;
            unknownFrom = rest;
            unknownEnd = nl;
            return UNKNOWN;
        }
        count(shape, idHash, rest, nl);
        return COUNTED;
    }

    /** Counts and consumes the next line, of shape {@code shape} starting at {@code rest}, ending at {@code nl}. */
    private void count(int shape, long idHash, int rest, int nl) {
        if (idFirst && !wordHash) {
            idHash = ids.hash(lines.buf, lines.pos(), rest - 1);
        }
        long offset = lines.position();
        lines.skip(nl);
        shapes.count(shape);
        result.rows++;
        result.counted++;
        if (idFirst) {
            result.id(idHash, offset);
        }
    }

    /** The hash ({@link RowShapes#SEED}) of the unknown shape that {@link #run} last met. */
    long unknownHash() {
        return unknownHash;
    }

    /** Where in the chunk's buffer the unknown shape that {@link #run} last met starts. */
    int unknownFrom() {
        return unknownFrom;
    }

    /** Where in the chunk's buffer it ends (at the line's LF). */
    int unknownEnd() {
        return unknownEnd;
    }
}
