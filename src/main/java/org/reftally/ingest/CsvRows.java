package org.reftally.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The CSV records of one input, parsed with OpenCSV's RFC 4180 parser, each with the physical line
 * where it starts.
 *
 * <p>The separator is the most frequent of comma, semicolon and tab outside quotes on the header
 * line (comma on a tie: it is the RFC 4180 default). Lines that are empty or only whitespace are
 * not records and are skipped (a spreadsheet's trailing empty lines are not ballots). Every record
 * after the header must have as many cells as the header.
 *
 * <p>A quoted field may span lines, but at most {@value #MULTILINE_LIMIT} lines and
 * {@value #MAX_RECORD_CHARS} characters in all; a record that would run longer, that is still
 * open at the end of the file, that would take in an unsafe line, or that spans lines and ends
 * with the wrong number of cells is taken to start with an unbalanced quote: only its first line
 * is rejected and reading resumes on the next line, so one stray quote cannot swallow the file,
 * and the lines held for a record (and put back after one) never exceed those caps, whatever the
 * size of the file.
 *
 * <p>A line holding a character {@link UnsafeText} refuses (a control character, a lone CR, a
 * bidirectional control, a byte order mark) is a malformed record, rejected whole: it is never
 * handed to the parser, so no cell can carry such a character into a count or a report.
 *
 * <p>Not thread-safe.
 */
final class CsvRows {

    /**
     * The most physical lines one record may span. OpenCSV re-reads a pending record's text with
     * each line added, so a lookahead costs the square of its length, and a file whose every line
     * opens a stray quote pays one lookahead per line: at 100 lines that was 20 s per megabyte (5 h
     * for 1 GB); at 10 it is 100 times less. No ballot or returns cell spans ten lines.
     */
    static final int MULTILINE_LIMIT = 10;

    /** The most characters a record spanning lines may hold: as many as one line may have bytes. */
    static final int MAX_RECORD_CHARS = LineSource.MAX_LINE_BYTES;

    private final PhysicalLines lines;
    private final String file;
    private final boolean comments;
    private final ArrayDeque<Line> replay = new ArrayDeque<>();
    private char separator = ',';
    private int expected = -1;
    private RFC4180Parser parser;

    private record Line(String text, long number, long offset) {
    }

    /**
     * @param comments whether lines starting with {@code #} are comments (jurisdiction files only:
     *                 in a ballot file such a line is data)
     */
    CsvRows(PhysicalLines lines, String file, boolean comments) {
        this.lines = lines;
        this.file = file;
        this.comments = comments;
    }

    /**
     * The data records of a part of a file whose header was read elsewhere: same separator, same
     * cell count, no comments. The parallel reader gives each chunk one.
     */
    static CsvRows data(PhysicalLines lines, String file, char separator, int cells) {
        CsvRows rows = new CsvRows(lines, file, false);
        rows.separator = separator;
        rows.expected = cells;
        rows.parser = rows.newParser();
        return rows;
    }

    /**
     * The byte offset of the next line to be read again after an unbalanced quote, or -1 when
     * there is none and the next line comes from the line source.
     */
    long replayOffset() {
        return replay.isEmpty() ? -1 : replay.peekFirst().offset();
    }

    /** Whether the next line to be read again is blank (and so not a record). */
    boolean replayIsBlank() {
        return replay.peekFirst().text().isBlank();
    }

    /** Drops the next line to be read again (a blank one: see {@link #replayIsBlank}). */
    void dropReplay() {
        replay.pollFirst();
    }

    /** Reads the header record and fixes the separator and cell count; null for an input with no lines. */
    CsvRow header() throws IOException {
        Line first = nextContentLine();
        if (first == null) {
            return null;
        }
        separator = detectSeparator(first.text());
        parser = newParser();
        CsvRow header = record(first);
        if (header.malformed()) {
            throw InputFileException.at(file, header.line(), "the header is not valid CSV: " + header.problem());
        }
        expected = header.cells().length;
        return header;
    }

    /** The next data record, or null at the end of the input. */
    CsvRow next() throws IOException {
        Line first = nextContentLine();
        return first == null ? null : record(first);
    }

    /** The record that starts with a line already read (and found not blank) by the caller. */
    CsvRow recordAt(String text, long number, long offset) throws IOException {
        return record(new Line(text, number, offset));
    }

    char separator() {
        return separator;
    }

    private CsvRow record(Line first) throws IOException {
        String unsafe = UnsafeText.problem(first.text());
        if (unsafe != null) {
            return new CsvRow(null, first.number(), first.offset(), first.text(), unsafe);
        }
        List<Line> used = new ArrayList<>(1);
        used.add(first);
        long chars = first.text().length();
        List<String> cells = new ArrayList<>(Math.max(expected, 4));
        Collections.addAll(cells, parse(first.text()));
        while (parser.isPending()) {
            Line more = used.size() < MULTILINE_LIMIT ? nextPhysicalLine() : null;
            if (more == null) {
                return unbalanced(used);
            }
            chars += 1 + more.text().length();
            if (chars > MAX_RECORD_CHARS || UnsafeText.problem(more.text()) != null) {
                replay.addFirst(more); // read again on its own: rejected there if unsafe
                return unbalanced(used);
            }
            used.add(more);
            Collections.addAll(cells, parse(more.text()));
        }
        if (expected >= 0 && cells.size() != expected) {
            if (used.size() > 1) {
                return unbalanced(used);
            }
            return new CsvRow(null, first.number(), first.offset(), first.text(),
                    "expected " + expected + " cells as in the header, found " + cells.size());
        }
        String raw = first.text();
        if (used.size() > 1) {
            StringBuilder joined = new StringBuilder();
            for (Line l : used) {
                joined.append(joined.length() == 0 ? "" : "\n").append(l.text());
            }
            raw = joined.toString();
        }
        return new CsvRow(cells.toArray(String[]::new), first.number(), first.offset(), raw, null);
    }

    /** Rejects the first line alone and puts the lines after it back to be read again. */
    private CsvRow unbalanced(List<Line> used) {
        for (int i = used.size() - 1; i >= 1; i--) {
            replay.addFirst(used.get(i));
        }
        parser = newParser();
        Line first = used.get(0);
        return new CsvRow(null, first.number(), first.offset(), first.text(),
                "unbalanced quote: a quoted cell does not close (or has text after its closing quote)");
    }

    private String[] parse(String text) throws IOException {
        String[] cells = parser.parseLineMulti(text);
        return cells == null ? new String[0] : cells;
    }

    private Line nextContentLine() throws IOException {
        while (true) {
            Line line = nextPhysicalLine();
            if (line == null) {
                return null;
            }
            String t = line.text();
            if (t.isBlank() || (comments && t.stripLeading().startsWith("#"))) {
                continue;
            }
            return line;
        }
    }

    private Line nextPhysicalLine() throws IOException {
        if (!replay.isEmpty()) {
            return replay.pollFirst();
        }
        if (!lines.next()) {
            return null;
        }
        return new Line(lines.text(), lines.lineNumber(), lines.offset());
    }

    private RFC4180Parser newParser() {
        return new RFC4180ParserBuilder().withSeparator(separator).build();
    }

    /** The most frequent of {@code , ; TAB} outside double quotes; comma on a tie or when none occurs. */
    static char detectSeparator(String headerLine) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
