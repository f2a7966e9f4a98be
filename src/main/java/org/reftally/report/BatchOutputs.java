package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.report.Report.ContestResult;
import org.reftally.report.Table.Align;
import org.reftally.scheme.Outcome;

/**
 * The outputs of {@code reftally batch} (docs/canvass.md): one JSON Lines record per election,
 * the combined long CSV of counts, and the summary table. Each is written in the order of the
 * results given (the manifest's order), so the bytes never depend on which election finished
 * first. Stateless and thread-safe.
 */
public final class BatchOutputs {

    private BatchOutputs() {
    }

    /**
     * One line: {@code {"name": ..., "exit_code": n, "error": null or message, "report": the JSON
     * report compacted, or null}} and a line feed.
     */
    public static void jsonLine(BatchResult result, Writer out) throws IOException {
        String report = null;
        if (result.report().isPresent()) {
            StringWriter compact = new StringWriter();
            JsonRenderer.compact().render(result.report().get(), result.options(), compact);
            report = compact.toString();
        }
        try (JsonGenerator g = JsonMapping.compactGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("name", result.name());
            g.writeNumberField("exit_code", result.exitCode());
            if (result.error().isPresent()) {
                g.writeStringField("error", result.error().get());
            } else {
                g.writeNullField("error");
            }
            g.writeFieldName("report");
            if (report == null) {
                g.writeNull();
            } else {
                g.writeRawValue(report);
            }
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    /** The counts of every election that ran, in one table led by an {@code election} column. */
    public static void csv(List<BatchResult> results, Writer out) throws IOException {
        List<String> names = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        List<RenderOptions> options = new ArrayList<>();
        for (BatchResult r : results) {
            if (r.report().isPresent()) {
                names.add(r.name());
                reports.add(r.report().get());
                options.add(r.options());
            }
        }
        new CsvRenderer().renderCounts(names, reports, options, out);
    }

    /** The summary for the terminal: one row per election, then a line with the totals and the exit code. */
    public static void summary(List<BatchResult> results, int exitCode, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        int ran = 0;
        for (BatchResult r : results) {
            String rowsRead = r.report().map(rep -> Figures.thousands(rep.rows())).orElse("");
            String rejected = r.report().map(rep -> Figures.thousands(rep.rejected())).orElse("");
            String decisions = r.report().map(BatchOutputs::decisions)
                    .orElseGet(() -> "error: " + r.error().orElse(""));
            rows.add(List.of(PlainText.clean(r.name()), Integer.toString(r.exitCode()), rowsRead, rejected,
                    PlainText.clean(decisions)));
            ran += r.report().isPresent() ? 1 : 0;
        }
        Table table = new Table(List.of("Election", "Exit", "Rows", "Rejected", "Decisions"),
                List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT), rows, List.of());
        List<String> lines = new ArrayList<>(TextTables.draw(table, "", true));
        lines.add("");
        lines.add(results.size() + (results.size() == 1 ? " election: " : " elections: ") + ran + " ran, "
                + (results.size() - ran) + " failed; exit code " + exitCode + ".");
        out.write(String.join("\n", lines));
        out.write("\n");
        out.flush();
    }

    /** {@code majority: rejected; plurality: accepted (NO)}, each contest named when there are several. */
    private static String decisions(Report report) {
        List<String> parts = new ArrayList<>();
        for (ContestResult c : report.contests()) {
            String prefix = report.contests().size() > 1 ? c.tally().contest().name() + " " : "";
            for (Outcome o : c.outcomes()) {
                parts.add(prefix + o.scheme() + ": " + o.decision().word()
                        + o.winner().map(w -> " (" + w.name() + ")").orElse(""));
            }
        }
        return parts.isEmpty() ? "no contest" : String.join("; ", parts);
    }
}
