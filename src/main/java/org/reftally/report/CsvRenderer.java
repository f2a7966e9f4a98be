package org.reftally.report;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The report as CSV for spreadsheets and scripts, documented in {@code docs/csv-format.md}.
 *
 * <p>{@link #render} writes two tables: the long table of counts ({@link #COUNTS_HEADER}, one row
 * per contest, place, measure and option), one empty line, then the decisions
 * ({@link #DECISIONS_HEADER}). A caller that wants one table per file (most spreadsheets do)
 * writes {@link #renderCounts} and {@link #renderDecisions} to two files instead.
 *
 * <p>RFC 4180 quoting (a cell is quoted only when it holds a comma, quote or line break; quotes
 * are doubled), LF line ends, UTF-8 without a byte-order mark (the caller's writer decides the
 * encoding). Figures are raw digits; text from the input is guarded by {@link FormulaGuard}.
 * Stateless and thread-safe.
 */
public final class CsvRenderer implements Renderer {

    public static final List<String> COUNTS_HEADER = List.of("contest", "jurisdiction", "name", "area", "measure",
            "option", "value", "percent_of_valid", "complete");

    public static final List<String> DECISIONS_HEADER = List.of("contest", "scheme", "decision", "winner",
            "deciding_figure", "reasons");

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        renderCounts(report, options, out);
        out.write("\n");
        renderDecisions(report, options, out);
    }

    /** The long table of counts alone. */
    public void renderCounts(Report report, RenderOptions options, Writer out) throws IOException {
        write(out, COUNTS_HEADER, CsvRows.counts(report, options));
    }

    /** The decisions alone: one row per contest and scheme, in the order the schemes were applied. */
    public void renderDecisions(Report report, RenderOptions options, Writer out) throws IOException {
        write(out, DECISIONS_HEADER, CsvRows.decisions(report));
    }

    /**
     * The long table of counts of several reports in one file, each row led by the name of its
     * report ({@code election}): what {@code reftally batch --csv} writes. Header once.
     */
    public void renderCounts(List<String> names, List<Report> reports, List<RenderOptions> options, Writer out)
            throws IOException {
        List<String> header = new java.util.ArrayList<>();
        header.add("election");
        header.addAll(COUNTS_HEADER);
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            String name = FormulaGuard.neutralise(names.get(i));
            for (String[] row : CsvRows.counts(reports.get(i), options.get(i))) {
                String[] led = new String[row.length + 1];
                led[0] = name;
                System.arraycopy(row, 0, led, 1, row.length);
                rows.add(led);
            }
        }
        write(out, header, rows);
    }

    /**
     * Writes one table with its header in this renderer's dialect (RFC 4180, LF; the caller passes
     * text from the input through {@link FormulaGuard}): the one place OpenCSV writes in the
     * report package, so that every CSV reftally produces is alike.
     */
    static void write(Writer out, List<String> header, List<String[]> rows) throws IOException {
        // Not closed: closing would close the caller's writer. Flushed instead.
        @SuppressWarnings("resource")
        CSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, "\n");
        csv.writeNext(header.toArray(String[]::new), false);
        for (String[] row : rows) {
            csv.writeNext(row, false);
        }
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("could not write the CSV output", csv.getException());
        }
    }
}
