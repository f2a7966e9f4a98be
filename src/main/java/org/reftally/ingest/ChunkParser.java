package org.reftally.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.reftally.model.Unit;

/**
 * Counts the ballot rows of one chunk of a file, assuming a record starts at the chunk's first
 * byte (the merge checks that and re-parses when a quoted field ran into the chunk).
 *
 * <p>Fastest path: a line whose ballot ID (first cell) is plain, or a file without IDs, is counted
 * by its {@link RowShapes shape} (the bytes after the ID) when a row of that shape was counted
 * before, eight bytes a step and without splitting it ({@link ShapedLines}); {@link #fastLine}
 * learns the shapes.
 *
 * <p>Fast path: a line of printable ASCII whose cells are bare or simply quoted is split in place
 * by a {@link LineScanner}, and its jurisdiction and area bytes, and each vote cell's bytes, are looked up in small
 * byte-keyed maps to dense unit and mark codes; no {@code String} is made for a cell seen before.
 * Every other line (an escaped or stray quote, non-ASCII, a control character, an inner CR) goes through
 * {@link CsvRows} and OpenCSV's RFC 4180 parser exactly as the sequential reader reads it, so
 * OpenCSV stays the parser of record for everything that is not trivially plain. Both paths apply
 * the {@link BallotCounter} rules via {@link BallotRules} and {@link ChunkCounts}.
 *
 * <p>Not thread-safe: one per chunk task.
 */
final class ChunkParser {

    /**
     * The most rejects one chunk holds before it stops early (between records, {@code nextStart}
     * then before its end). Rejects wait in memory until the merge reaches their chunk, and a file
     * of nothing but rejects (the wrong jurisdiction set, garbage after a good header) would
     * otherwise hold 30 to 40 times the bytes of every chunk in flight.
     */
    static final int MAX_REJECTS = 4096;

    private final BallotRules rules;
    private final BallotIdIndex ids;
    private final ChunkLines lines;
    private final CsvRows csv;
    private final long end;
    private final ChunkResult result;
    private final ByteKeyMap unitKeys = new ByteKeyMap();
    private final ByteKeyMap[] markKeys;
    private final List<String> reasons = new ArrayList<>();
    private final LineScanner scanner;
    private final int[] starts;
    private final int[] ends;
    private final RowShapes shapes;
    /** Arrays for the grouped IDs, handed back by the merge once it has checked them. */
    private final Queue<long[]> spareIds;
    private final int[] shapeCodes;
    private final String[] shapeCells;
    /** Counts lines by their shape; null when the ID is not the first cell (see {@link ShapedLines}). */
    private final ShapedLines shaped;
    /** Where the shape of the line being read the usual way starts in the buffer, and its hash; -1: none. */
    private int unknownFrom = -1;
    private long unknownShape;

    /**
     * @param ids for hashing IDs only (its hash is pure); null when the file has no ballot_id
     */
    ChunkParser(BallotRules rules, BallotIdIndex ids, FileChannel channel, long start, long end, long fileSize,
            byte[] buffer, RowShapes shapes, Queue<long[]> spareIds) throws IOException {
        this.rules = rules;
        this.ids = ids;
        this.end = end;
        this.lines = new ChunkLines(channel, start, end, fileSize, buffer);
        this.csv = CsvRows.data(lines, rules.file, rules.separator, rules.cells);
        this.result = new ChunkResult(new ChunkCounts(rules));
        this.markKeys = new ByteKeyMap[rules.votes.length];
        for (int k = 0; k < markKeys.length; k++) {
            markKeys[k] = new ByteKeyMap();
        }
        this.scanner = new LineScanner(rules.separator, rules.cells);
        this.starts = scanner.starts;
        this.ends = scanner.ends;
        this.shapes = shapes;
        this.spareIds = spareIds;
        shapes.clearCounts();
        this.shapeCodes = new int[rules.votes.length];
        this.shapeCells = new String[rules.votes.length];
        boolean idFirst = rules.ballotId == 0;
        this.shaped = idFirst || rules.ballotId < 0
                ? new ShapedLines(lines, end, shapes, result, idFirst ? ids : null, rules.separator) : null;
    }

    /** Reads the chunk; a failure (not UTF-8, line too long) ends it and is recorded in the result. */
    ChunkResult parse() throws IOException {
        try {
            result.nextStart = parseRows();
        } catch (ChunkFailure f) {
            result.failure = f;
        }
        result.shapes = shapes.snapshot();
        result.newlines = lines.newlines();
        result.marks = lines.marks();
        if (ids != null) {
            result.groupIdsByShard(spareIds);
        }
        return result;
    }

    private long parseRows() throws IOException {
        while (true) {
            long replay = csv.replayOffset();
            if (replay >= 0) {
                if (replay >= end) {
                    return replay;
                }
                if (csv.replayIsBlank()) {
                    csv.dropReplay();
                } else {
                    slowRow(csv.next());
                }
                continue;
            }
            long at = lines.position();
            if (at >= end) {
                return at;
            }
            if (result.rejects.size() >= MAX_REJECTS) {
                return at; // the merge reads on from here: see ParallelBallotReader
            }
            if (shaped != null) {
                unknownFrom = -1;
                int line = shaped.run();
                if (line == ShapedLines.COUNTED || (line == ShapedLines.UNKNOWN && shapes.catchUp())) {
                    continue; // after catching up, the line is tried again
                }
                if (line == ShapedLines.UNKNOWN && shapes.canLearn(shaped.unknownEnd() - shaped.unknownFrom())) {
                    unknownShape = shaped.unknownHash(); // fastLine learns it if the line is a counted row
                    unknownFrom = shaped.unknownFrom();
                }
            }
            int from = lines.pos();
            int nl = scanner.scan(lines.buf, from, lines.limit(), lines.bufferedToEnd());
            if (nl == LineScanner.MORE) {
                nl = lines.lineEnd(); // reads on (the buffer may move), refuses an overlong line
                if (nl < 0) {
                    return at;
                }
                from = lines.pos();
                nl = scanner.scan(lines.buf, from, nl, true);
            } else if (nl >= 0 && nl == from && lines.bufferedToEnd() && nl == lines.limit()) {
                return at; // nothing left: the file ended with the previous line
            }
            if (nl >= 0) {
                fastLine(from, nl);
            } else {
                lines.next();
                String text = lines.text();
                if (!text.isBlank()) {
                    slowRow(csv.recordAt(text, lines.lineNumber(), lines.offset()));
                }
            }
        }
    }

    /** Counts or rejects a line the scanner split (it ends at {@code nl}) and consumes it. */
    private void fastLine(int from, int nl) {
        byte[] buf = lines.buf;
        int to = scanner.contentEnd();
        long offset = lines.position();
        lines.skip(nl);
        if (!scanner.hasContent()) {
            return; // an empty or all-blank line is not a row
        }
        result.rows++;
        long line = lines.lineNumber();
        int cap = starts.length;
        if (scanner.cells() != cap) {
            reject(line, offset, "expected " + cap + " cells as in the header, found " + scanner.cells(), from, to);
            return;
        }
        int u = unitOf(buf);
        if (u < 0) {
            reject(line, offset, reasons.get(-1 - u), from, to);
            return;
        }
        if (rules.ballotId >= 0) {
            int s = starts[rules.ballotId];
            int e = ends[rules.ballotId];
            while (s < e && LineScanner.isSpace(buf[s])) {
                s++;
            }
            while (e > s && LineScanner.isSpace(buf[e - 1])) {
                e--;
            }
            if (s == e) {
                reject(line, offset, "missing ballot_id", from, to);
                return;
            }
            result.id(ids.hash(buf, s, e), offset);
        }
        ChunkCounts counts = result.counts;
        for (int k = 0; k < markKeys.length; k++) {
            shapeCodes[k] = markOf(k, buf);
            counts.count(k, u, shapeCodes[k], 1);
        }
        counts.row(u, 1);
        result.counted++;
        if (unknownFrom >= 0) {
            learn(nl, u);
        }
    }

    /** Records that rows whose shape is this counted line's (see {@link ShapedLines}) count as it did. */
    private void learn(int nl, int u) {
        for (int k = 0; k < shapeCodes.length; k++) {
            boolean option = shapeCodes[k] < rules.options(k) + 2; // an option, blank or overvote
            int c = rules.votes[k];
            shapeCells[k] = option ? null : ascii(lines.buf, starts[c], ends[c]);
            if (!option) {
                shapeCodes[k] = -1;
            }
        }
        shapes.add(unknownShape, lines.buf, unknownFrom, nl, result.counts.unitAt(u), shapeCodes, shapeCells);
    }

    /** The unit code of the split line's jurisdiction and area cells (see {@link #unitCode}). */
    private int unitOf(byte[] buf) {
        int j = rules.jurisdiction;
        int a = rules.area;
        int af = a < 0 ? 0 : starts[a];
        int at = a < 0 ? 0 : ends[a];
        int u = unitKeys.get(buf, starts[j], ends[j], buf, af, at);
        if (u == ByteKeyMap.ABSENT) {
            u = unitCode(ascii(buf, starts[j], ends[j]), a < 0 ? null : ascii(buf, af, at));
            unitKeys.put(buf, starts[j], ends[j], buf, af, at, u);
        }
        return u;
    }

    /** The mark code in contest {@code k} of the split line's vote cell (see {@link ChunkCounts}). */
    private int markOf(int k, byte[] buf) {
        int c = rules.votes[k];
        int code = markKeys[k].get(buf, starts[c], ends[c], buf, 0, 0);
        if (code == ByteKeyMap.ABSENT) {
            code = result.counts.code(k, ascii(buf, starts[c], ends[c]));
            markKeys[k].put(buf, starts[c], ends[c], buf, 0, 0, code);
        }
        return code;
    }

    /** A unit index, or -1 - (index of the reason) when the jurisdiction rejects the row. */
    private int unitCode(String jurisdiction, String area) {
        try {
            return result.counts.unit(rules.unit(jurisdiction, area));
        } catch (RowRejected r) {
            reasons.add(r.reason());
            return -reasons.size();
        }
    }

    private void slowRow(CsvRow row) {
        result.rows++;
        if (row.malformed()) {
            result.rejects.add(new ChunkResult.Rejected(row.line(), row.offset(), row.problem(), row.raw()));
            return;
        }
        String[] cells = row.cells();
        Unit unit;
        try {
            unit = rules.unit(cells[rules.jurisdiction], rules.area < 0 ? null : cells[rules.area]);
        } catch (RowRejected r) {
            result.rejects.add(new ChunkResult.Rejected(row.line(), row.offset(), r.reason(), row.raw()));
            return;
        }
        if (rules.ballotId >= 0) {
            String id = cells[rules.ballotId].strip();
            if (id.isEmpty()) {
                result.rejects.add(new ChunkResult.Rejected(row.line(), row.offset(), "missing ballot_id",
                        row.raw()));
                return;
            }
            result.id(ids.hash(id), row.offset());
        }
        ChunkCounts counts = result.counts;
        int u = counts.unit(unit);
        for (int k = 0; k < rules.votes.length; k++) {
            counts.count(k, u, counts.code(k, cells[rules.votes[k]]), 1);
        }
        counts.row(u, 1);
        result.counted++;
    }

    private void reject(long line, long offset, String reason, int from, int to) {
        result.rejects.add(new ChunkResult.Rejected(line, offset, reason, ascii(lines.buf, from, to)));
    }

    private static String ascii(byte[] buf, int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.US_ASCII);
    }
}
