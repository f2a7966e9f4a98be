package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.reftally.model.InputSummary;
import org.reftally.scheme.RuleComparison;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;

/**
 * The comparison as JSON for scripts, documented in {@code docs/compare.md}: the same top-level
 * keys as the tally report ({@link JsonRenderer}) with {@code "report": "comparison"}, then per
 * contest every scheme or rule applied with its full outcome (written exactly as in the tally
 * report's {@code outcomes}) and every one not applied with the reason. Same layout and
 * guarantees as the tally JSON: fixed key order, two-space indent, LF, no percentages.
 * Stateless and thread-safe.
 */
public final class JsonComparisonRenderer implements ComparisonRenderer {

    /** Raised only when a key is removed or changes meaning; adding keys keeps the version. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        Report summary = report.summary();
        try (JsonGenerator g = JsonMapping.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("format_version", FORMAT_VERSION);
            g.writeStringField("report", "comparison");
            g.writeStringField("title", report.title());
            g.writeBooleanField("complete", report.complete());
            g.writeNumberField("rows", summary.rows());
            g.writeNumberField("counted", summary.counted());
            g.writeNumberField("rejected", summary.rejected());
            g.writeArrayFieldStart("inputs");
            for (InputSummary input : report.inputs()) {
                JsonRenderer.input(g, input);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("jurisdiction_set");
            g.writeStringField("name", report.jurisdictions().name());
            g.writeBooleanField("implicit", report.jurisdictions().isImplicit());
            g.writeEndObject();
            g.writeArrayFieldStart("contests");
            for (RuleComparison c : report.contests()) {
                contest(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void contest(JsonGenerator g, RuleComparison c) throws IOException {
        g.writeStartObject();
        g.writeStringField("contest", c.contest());
        g.writeBooleanField("agree", c.agree());
        g.writeArrayFieldStart("results");
        for (Row row : c.rows()) {
            g.writeStartObject();
            g.writeStringField("name", row.name());
            g.writeStringField("kind", row.kind().word());
            g.writeStringField("basis", row.basis());
            g.writeStringField("jurisdiction_set", row.jurisdictionSet());
            g.writeArrayFieldStart("notes");
            for (String note : row.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeFieldName("outcome");
            JsonOutcomes.write(g, row.outcome());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("not_applied");
        for (NotApplied n : c.notApplied()) {
            g.writeStartObject();
            g.writeStringField("name", n.name());
            g.writeStringField("kind", n.kind().word());
            g.writeStringField("reason", n.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
