package org.reftally.ingest;

import java.io.IOException;
import java.util.Optional;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;
import org.reftally.model.UnitColumns;

/**
 * The fast path for the data rows of a wide returns file ({@code state,precinct,YES,NO,blank}),
 * where a million precinct rows must be read in well under a second.
 *
 * <p>A {@link PlainLine plain} line (printable ASCII, no double quote, as many cells as the header)
 * is split in place and its counts are read from its bytes: no string per cell, no OpenCSV record.
 * Every other line goes through {@link CsvRows} (OpenCSV) and {@link ReturnsCounter#accept}, the
 * parser of record, as on the slow path: quotes, non-ASCII text (decoded and checked there),
 * control characters, a wrong number of cells. So does a plain line with a cell the fast path does
 * not judge itself (an empty count, a count that is not plain digits or has more than
 * {@value PlainLine#SAFE_DIGITS} significant digits, a jurisdiction or contest the row is rejected
 * for, a sum that overflows): it is read again as text, from scratch, before anything of it is
 * counted. The checks after parsing (a repeated unit, the contest's total) are
 * {@link ReturnsCounter#countWide} on both paths, so they give the same reasons.
 * {@code PlainReturnsDifferentialTest} reads seeded random files both ways and compares tallies,
 * rejects and failures.
 *
 * <p>Not thread-safe: one per file.
 */
final class PlainReturnsRows {

    /** Where a rejected row goes: the reader's reject handling (strict mode may throw). */
    @FunctionalInterface
    interface Rejecter {
        void reject(long line, String reason, String raw);
    }

    /** Data rows read and counted, and how many of those were counted from their bytes, without OpenCSV. */
    record Outcome(long rows, long counted, long plain) {
    }

    private final LineSource lines;
    private final CsvRows csv;
    private final ReturnsCounter counter;
    private final JurisdictionResolver jurisdictions;
    private final ReturnsLayout layout;
    private final Rejecter rejecter;
    private final ProgressMeter progress;
    private final PlainLine line;
    /** The header index of each option column, in the layout's order. */
    private final int[] optionColumns;
    private final PlainLine.LastText lastJurisdiction = new PlainLine.LastText();
    private final PlainLine.LastText lastContestText = new PlainLine.LastText();
    private final PlainLine.LastText lastName = new PlainLine.LastText();
    private ReturnsCounter.Plan lastPlan;
    private String lastContest;
    private long rows;
    private long counted;
    private long plain;

    // The current plain row, once parsed.
    private final long[] votes;
    private JurisdictionId jurisdiction;
    private String area;
    private ReturnsCounter.Plan plan;
    private long cast;
    private long blank;
    private long invalid;
    private long electorate;
    private String name;

    PlainReturnsRows(LineSource lines, CsvRows csv, ReturnsCounter counter, JurisdictionResolver jurisdictions,
            int headerCells, Rejecter rejecter, ProgressMeter progress) {
        this.lines = lines;
        this.csv = csv;
        this.counter = counter;
        this.jurisdictions = jurisdictions;
        this.layout = counter.layout();
        this.rejecter = rejecter;
        this.progress = progress;
        this.line = new PlainLine(csv.separator(), headerCells);
        this.optionColumns = layout.optionColumns().stream().mapToInt(ReturnsLayout.OptionColumn::index).toArray();
        this.votes = new long[optionColumns.length];
        if (layout.contest() < 0) {
            lastContest = Columns.DEFAULT_CONTEST;
            lastPlan = counter.plan(lastContest);
        }
    }

    /** Reads the rest of the file. */
    Outcome read() throws IOException {
        while (true) {
            if (csv.replayOffset() >= 0) {
                // Lines put back after an unbalanced quote are read again by CsvRows itself.
                CsvRow row = csv.next();
                if (row == null) {
                    break;
                }
                slow(row);
                continue;
            }
            if (!lines.advance()) {
                break;
            }
            byte[] b = lines.lineBytes();
            int from = lines.lineStart();
            int to = lines.lineEnd();
            if (to > from && b[to - 1] == '\r') {
                to--; // CRLF: the CR is not part of the line (see LineSource)
            }
            switch (line.split(b, from, to)) {
                case PLAIN -> plain();
                case OTHER -> {
                    String text = lines.text(); // decoded here, so invalid UTF-8 fails the read as ever
                    if (!text.isBlank()) {
                        slow(csv.recordAt(text, lines.lineNumber(), lines.offset()));
                    }
                }
                case BLANK -> {
                    // an empty or all-blank line is not a row
                }
            }
        }
        return new Outcome(rows, counted, plain);
    }

    /** A row read by CsvRows: counted or rejected as on the slow path. */
    private void slow(CsvRow row) {
        rows++;
        progress.row(lines.bytesRead());
        reread(row);
    }

    private void reread(CsvRow row) {
        Optional<String> problem = row.malformed() ? Optional.of(row.problem())
                : counter.accept(row.cells(), row.line());
        if (problem.isPresent()) {
            rejecter.reject(row.line(), problem.get(), row.raw());
        } else {
            counted++;
        }
    }

    private void plain() throws IOException {
        rows++;
        progress.row(lines.bytesRead());
        long number = lines.lineNumber();
        if (!parse()) {
            reread(csv.recordAt(lines.text(), number, lines.offset()));
            return;
        }
        try {
            counter.countWide(plan, new Unit(jurisdiction, area), name, votes, cast, blank, invalid, electorate,
                    number);
            counted++;
            plain++;
        } catch (RowRejected r) {
            rejecter.reject(number, r.reason(), lines.text());
        }
    }

    /** Parses the plain row's cells, in the slow path's order; false when one needs its judgement. */
    private boolean parse() {
        try {
            // The code without spaces around it: the resolver strips it anyway, and names it so in reasons.
            jurisdiction = jurisdictions.resolve(line.text(layout.jurisdiction(), lastJurisdiction));
        } catch (RowRejected r) {
            return false;
        }
        area = layout.area() < 0 ? "" : line.text(layout.area());
        plan = plan();
        if (plan == null || !plan.withoutColumn().isEmpty()) {
            return false;
        }
        int[] optionOf = plan.optionOf();
        long sum = 0;
        for (int k = 0; k < optionColumns.length; k++) {
            long v = line.count(optionColumns[k]);
            if (optionOf[k] < 0) {
                // Not an option of this row's contest: must be empty or zero (the slow path says why not).
                votes[k] = 0;
                if (v != PlainLine.EMPTY && v != 0) {
                    return false;
                }
                continue;
            }
            if (v < 0) {
                return false;
            }
            votes[k] = v;
            sum += v;
            if (sum < v) {
                return false;
            }
        }
        blank = optional(layout.blank());
        invalid = optional(layout.invalid());
        electorate = optional(layout.electorate());
        if (blank == PlainLine.NOT_PLAIN || invalid == PlainLine.NOT_PLAIN || electorate == PlainLine.NOT_PLAIN) {
            return false;
        }
        long withBlank = sum + Math.max(blank, 0);
        cast = withBlank + Math.max(invalid, 0);
        if (withBlank < sum || cast < withBlank) {
            return false;
        }
        name = layout.name() < 0 ? "" : line.text(layout.name(), lastName);
        return true;
    }

    /** The plan of the row's contest; null when the contest cell is empty. */
    private ReturnsCounter.Plan plan() {
        if (layout.contest() < 0) {
            return lastPlan;
        }
        String contest = line.text(layout.contest(), lastContestText);
        if (contest.isEmpty()) {
            return null;
        }
        if (contest != lastContest) { // the same cell bytes give the same String
            lastContest = contest;
            lastPlan = counter.plan(contest);
        }
        return lastPlan;
    }

    /** An optional figure: {@link UnitColumns#NOT_REPORTED} when the column is absent or the cell empty. */
    private long optional(int column) {
        if (column < 0) {
            return UnitColumns.NOT_REPORTED;
        }
        long v = line.count(column);
        return v == PlainLine.EMPTY ? UnitColumns.NOT_REPORTED : v;
    }
}
