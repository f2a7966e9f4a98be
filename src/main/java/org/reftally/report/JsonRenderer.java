package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.reftally.model.InputSummary;
import org.reftally.model.OptionId;
import org.reftally.report.Report.ContestResult;
import org.reftally.scheme.Outcome;

/**
 * The report as JSON for scripts: the stable, versioned contract documented in
 * {@code docs/json-format.md}.
 *
 * <p>Counts are JSON integers, raw (no grouping); a count no part of the input reported is
 * {@code null}, and one only some parts reported is a number listed under {@code incomplete}.
 * No percentage is written: every share can be computed exactly from the counts, and
 * {@link RenderOptions} therefore does not change this output. Keys come in a fixed order, two
 * spaces indent, lines end with LF and the output ends with one, so the same report always gives
 * the same bytes. Stateless and thread-safe.
 */
public final class JsonRenderer implements Renderer {

    /** Raised only when a key is removed or changes meaning; adding keys keeps the version. */
    public static final int FORMAT_VERSION = 1;

    private final boolean pretty;

    /** The documented layout: pretty-printed, two spaces indent. */
    public JsonRenderer() {
        this(true);
    }

    private JsonRenderer(boolean pretty) {
        this.pretty = pretty;
    }

    /**
     * The same document on one line, without the final newline: for JSON Lines files, where each
     * line is one report. Keys, values and their order are those of the pretty layout.
     */
    public static JsonRenderer compact() {
        return new JsonRenderer(false);
    }

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        try (JsonGenerator g = pretty ? JsonMapping.generator(out) : JsonMapping.compactGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("format_version", FORMAT_VERSION);
            g.writeStringField("title", report.title());
            g.writeBooleanField("complete", report.complete());
            g.writeNumberField("rows", report.rows());
            g.writeNumberField("counted", report.counted());
            g.writeNumberField("rejected", report.rejected());
            g.writeArrayFieldStart("inputs");
            for (InputSummary input : report.inputs()) {
                input(g, input);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("jurisdiction_set");
            g.writeStringField("name", report.jurisdictions().name());
            g.writeBooleanField("implicit", report.jurisdictions().isImplicit());
            JsonCounts.members(g, report.jurisdictions());
            g.writeEndObject();
            g.writeArrayFieldStart("notes");
            for (String note : report.notes()) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("contests");
            for (ContestResult result : report.contests()) {
                contest(g, result, report);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        if (pretty) {
            out.write("\n");
        }
        out.flush();
    }

    static void input(JsonGenerator g, InputSummary input) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", input.path());
        g.writeStringField("sha256", input.sha256());
        g.writeNumberField("bytes", input.bytes());
        g.writeStringField("kind", input.kind());
        g.writeNumberField("rows", input.rows());
        g.writeNumberField("counted", input.counted());
        g.writeNumberField("rejected", input.rejected());
        g.writeEndObject();
    }

    private static void contest(JsonGenerator g, ContestResult result, Report report) throws IOException {
        g.writeStartObject();
        g.writeStringField("contest", result.tally().contest().name());
        g.writeArrayFieldStart("options");
        for (OptionId option : result.tally().contest().options()) {
            g.writeString(option.name());
        }
        g.writeEndArray();
        g.writeObjectFieldStart("totals");
        JsonCounts.fields(g, result.tally().contest(), result.tally().totals(report.jurisdictions()));
        g.writeEndObject();
        JsonCounts.jurisdictions(g, result.tally(), report.jurisdictions());
        g.writeArrayFieldStart("outcomes");
        for (Outcome outcome : result.outcomes()) {
            JsonOutcomes.write(g, outcome);
        }
        g.writeEndArray();
        JsonCounts.units(g, result.tally());
        g.writeEndObject();
    }
}
