package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.reftally.model.AuditManifest;

/**
 * Writes an {@link AuditManifest} as the JSON documented in docs/canvass.md ("Audit manifest"):
 * keys in a fixed order, two spaces indent, LF line ends and a final newline, so the same run
 * gives the same bytes. The {@code stamp} key appears only when the run asked for one.
 * Stateless and thread-safe.
 */
public final class AuditJson {

    /** Raised only when a key is removed or changes meaning. */
    public static final int FORMAT_VERSION = 1;

    private AuditJson() {
    }

    public static void write(AuditManifest manifest, Writer out) throws IOException {
        try (JsonGenerator g = JsonMapping.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("format_version", FORMAT_VERSION);
            g.writeStringField("reftally_version", manifest.version());
            g.writeStringField("command", manifest.command());
            g.writeArrayFieldStart("arguments");
            for (String argument : manifest.arguments()) {
                g.writeString(argument);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("settings");
            for (Map.Entry<String, String> e : manifest.settings().entrySet()) {
                text(g, e.getKey(), Optional.ofNullable(e.getValue()));
            }
            g.writeEndObject();
            g.writeNumberField("exit_code", manifest.exitCode());
            g.writeArrayFieldStart("inputs");
            for (AuditManifest.Input input : manifest.inputs()) {
                input(g, input);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (AuditManifest.Output output : manifest.outputs()) {
                g.writeStartObject();
                g.writeStringField("option", output.option());
                text(g, "path", output.path());
                g.writeNumberField("bytes", output.bytes());
                g.writeStringField("sha256", output.sha256());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (manifest.stamp().isPresent()) {
                g.writeObjectFieldStart("stamp");
                g.writeStringField("time", manifest.stamp().get().time());
                g.writeStringField("host", manifest.stamp().get().host());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void input(JsonGenerator g, AuditManifest.Input input) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", input.path());
        g.writeStringField("kind", input.kind());
        g.writeNumberField("bytes", input.bytes());
        g.writeStringField("sha256", input.sha256());
        number(g, "rows", input.rows());
        number(g, "counted", input.counted());
        number(g, "rejected", input.rejected());
        text(g, "election", input.election());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String key, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(key, value.get());
        } else {
            g.writeNullField(key);
        }
    }

    private static void number(JsonGenerator g, String key, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(key, value.getAsLong());
        } else {
            g.writeNullField(key);
        }
    }
}
