package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reftally.model.InputSummary;
import org.reftally.model.Reconciliation.ContestCheck;
import org.reftally.model.Reconciliation.Difference;
import org.reftally.model.Unit;

/**
 * The reconciliation as JSON for scripts (docs/canvass.md): the same layout rules as the report
 * JSON (fixed key order, two spaces, LF, final newline, integers for counts). Stateless and
 * thread-safe.
 */
final class ReconcileJson {

    private ReconcileJson() {
    }

    static void render(ReconcileReport report, Writer out) throws IOException {
        try (JsonGenerator g = JsonMapping.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("format_version", 1);
            g.writeBooleanField("agree", report.reconciliation().agrees());
            g.writeBooleanField("complete", report.complete());
            inputs(g, "returns", report.returns());
            inputs(g, "ballots", report.ballots());
            g.writeArrayFieldStart("contests");
            for (ContestCheck check : report.reconciliation().contests()) {
                contest(g, check);
            }
            g.writeEndArray();
            strings(g, "contests_only_in_returns", report.reconciliation().contestsOnlyInReturns());
            strings(g, "contests_only_in_ballots", report.reconciliation().contestsOnlyInBallots());
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void contest(JsonGenerator g, ContestCheck check) throws IOException {
        g.writeStartObject();
        g.writeStringField("contest", check.contest());
        g.writeStringField("level", check.level().word());
        g.writeBooleanField("agree", check.agrees());
        g.writeArrayFieldStart("differences");
        for (Difference d : check.differences()) {
            g.writeStartObject();
            g.writeStringField("jurisdiction", d.unit().jurisdiction().code());
            g.writeStringField("area", d.unit().area());
            g.writeStringField("measure", d.measure());
            if (d.option().isPresent()) {
                g.writeStringField("option", d.option().get().name());
            } else {
                g.writeNullField("option");
            }
            g.writeNumberField("returns", d.returns());
            g.writeNumberField("ballots", d.ballots());
            g.writeNumberField("difference", d.difference());
            g.writeEndObject();
        }
        g.writeEndArray();
        units(g, "only_in_returns", check.onlyInReturns());
        units(g, "only_in_ballots", check.onlyInBallots());
        g.writeEndObject();
    }

    private static void inputs(JsonGenerator g, String key, List<InputSummary> inputs) throws IOException {
        g.writeArrayFieldStart(key);
        for (InputSummary input : inputs) {
            g.writeStartObject();
            g.writeStringField("path", input.path());
            g.writeStringField("sha256", input.sha256());
            g.writeNumberField("bytes", input.bytes());
            g.writeNumberField("rows", input.rows());
            g.writeNumberField("counted", input.counted());
            g.writeNumberField("rejected", input.rejected());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void units(JsonGenerator g, String key, List<Unit> units) throws IOException {
        g.writeArrayFieldStart(key);
        for (Unit unit : units) {
            g.writeStartObject();
            g.writeStringField("jurisdiction", unit.jurisdiction().code());
            g.writeStringField("area", unit.area());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
