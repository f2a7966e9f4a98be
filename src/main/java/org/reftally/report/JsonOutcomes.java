package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.reftally.scheme.Outcome;

/**
 * Writes one outcome: the fields every scheme shares, then the scheme's own figures taken
 * generically from its record, so that an outcome type added later appears in full without a
 * change here. Stateless and thread-safe.
 */
final class JsonOutcomes {

    /** Record components already written as common fields (or implied by the enclosing contest). */
    private static final Set<String> COMMON = Set.of("scheme", "contest", "decision", "winner", "reasons",
            "deciding_figure");

    private JsonOutcomes() {
    }

    static void write(JsonGenerator g, Outcome outcome) throws IOException {
        g.writeStartObject();
        g.writeStringField("scheme", outcome.scheme());
        g.writeStringField("decision", outcome.decision().word());
        if (outcome.winner().isPresent()) {
            g.writeStringField("winner", outcome.winner().get().name());
        } else {
            g.writeNullField("winner");
        }
        g.writeArrayFieldStart("reasons");
        for (String reason : outcome.reasons()) {
            g.writeString(reason);
        }
        g.writeEndArray();
        g.writeStringField("deciding_figure", outcome.decidingFigure());
        JsonNode figures = JsonMapping.MAPPER.valueToTree(outcome);
        if (figures instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (!COMMON.contains(field.getKey())) {
                    g.writeFieldName(field.getKey());
                    g.writeTree(field.getValue());
                }
            }
        }
        g.writeEndObject();
    }
}
