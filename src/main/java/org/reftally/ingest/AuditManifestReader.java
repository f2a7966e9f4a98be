package org.reftally.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reftally.model.AuditManifest;

/**
 * Reads an audit manifest written by {@code --audit FILE} (docs/canvass.md) for
 * {@code reftally verify}. Every field is checked; a manifest that is not one, or that is damaged,
 * is refused with a message naming the file and the field ({@link InputFileException}).
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditManifestReader {

    private AuditManifestReader() {
    }

    public static AuditManifest read(Path path) {
        String file = path.toString();
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw InputFileException.of(file, "no such file");
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        }
        JsonFields json = new JsonFields(file);
        JsonNode root = json.parse(content, "an audit manifest written by --audit");
        if (root.get("reftally_version") == null || root.get("arguments") == null) {
            throw json.error("is not a reftally audit manifest (no reftally_version or arguments)");
        }
        int version = json.integer(root, "format_version", "");
        if (version != 1) {
            throw json.error("has format_version " + version + "; this reftally reads audit manifests of version 1");
        }
        List<String> arguments = new ArrayList<>();
        for (JsonNode a : json.array(root, "arguments", "")) {
            if (!a.isTextual()) {
                throw json.error("arguments must be strings");
            }
            arguments.add(a.textValue());
        }
        Map<String, String> settings = new LinkedHashMap<>();
        json.object(root, "settings", "").properties()
                .forEach(e -> settings.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        List<AuditManifest.Input> inputs = new ArrayList<>();
        List<JsonNode> inputNodes = json.array(root, "inputs", "");
        for (int i = 0; i < inputNodes.size(); i++) {
            inputs.add(input(json, inputNodes.get(i), "inputs[" + i + "]."));
        }
        List<AuditManifest.Output> outputs = new ArrayList<>();
        List<JsonNode> outputNodes = json.array(root, "outputs", "");
        for (int i = 0; i < outputNodes.size(); i++) {
            JsonNode o = outputNodes.get(i);
            String where = "outputs[" + i + "].";
            outputs.add(new AuditManifest.Output(json.text(o, "option", where),
                    Optional.ofNullable(json.textOrNull(o, "path", where)), json.count(o, "bytes", where),
                    json.text(o, "sha256", where)));
        }
        Optional<AuditManifest.Stamp> stamp = Optional.empty();
        if (root.get("stamp") != null) {
            JsonNode s = json.object(root, "stamp", "");
            stamp = Optional.of(new AuditManifest.Stamp(json.text(s, "time", "stamp."), json.text(s, "host", "stamp.")));
        }
        return new AuditManifest(json.text(root, "reftally_version", ""), json.text(root, "command", ""), arguments,
                settings, json.integer(root, "exit_code", ""), inputs, outputs, stamp);
    }

    private static AuditManifest.Input input(JsonFields json, JsonNode n, String where) {
        try {
            return new AuditManifest.Input(json.text(n, "path", where), json.text(n, "kind", where),
                    json.count(n, "bytes", where), json.text(n, "sha256", where), json.countOrNull(n, "rows", where),
                    json.countOrNull(n, "counted", where), json.countOrNull(n, "rejected", where),
                    Optional.ofNullable(json.textOrNull(n, "election", where)));
        } catch (IllegalArgumentException e) {
            throw json.error(where + ": " + e.getMessage());
        }
    }
}
