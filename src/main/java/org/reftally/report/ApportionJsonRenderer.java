package org.reftally.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.TieBreak;

/**
 * The apportionment as JSON for programs, in the format documented in {@code docs/apportion-json.md}:
 * keys in a fixed order, 2-space indentation, {@code "key": value}, lines ending in {@code \n},
 * counts as numbers, exact values as strings ({@code "39576757/8000000"}) beside their rounded
 * decimals ({@code "4.9471"}, {@value ApportionFigures#QUOTA_DECIMALS} places, half-even), so the
 * same result always gives the same bytes. Written with Jackson's streaming generator, which
 * escapes every string. Stateless and thread-safe.
 */
final class ApportionJsonRenderer implements ApportionRenderer {

    /** The document's format version; raised when a key is renamed or removed. */
    static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void render(ApportionmentResult r, RenderOptions options, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer());
            g.writeStartObject();
            g.writeStringField("kind", "apportionment");
            g.writeNumberField("version", VERSION);
            g.writeStringField("name", r.name());
            g.writeStringField("method", r.methodName());
            g.writeNumberField("houseSize", r.houseSize());
            g.writeNumberField("minSeats", r.minSeats());
            g.writeFieldName("maxSeats");
            if (r.maxSeats().isPresent()) {
                g.writeNumber(r.maxSeats().getAsInt());
            } else {
                g.writeNull();
            }
            g.writeFieldName("divisor");
            if (r.divisor().isPresent()) {
                g.writeString(r.divisor().get().toString());
            } else {
                g.writeNull();
            }
            g.writeFieldName("rounding");
            if (r.rounding().isPresent()) {
                g.writeString(r.rounding().get().cliName());
            } else {
                g.writeNull();
            }
            g.writeStringField("tiePolicy", r.tiePolicy().cliName());
            g.writeNumberField("seed", r.seed());
            g.writeNumberField("population", r.totalPopulation());
            g.writeArrayFieldStart("jurisdictions");
            for (ApportionmentResult.Line l : r.jurisdictions()) {
                g.writeStartObject();
                g.writeStringField("jurisdiction", l.id().code());
                g.writeStringField("name", l.name());
                g.writeNumberField("population", l.population());
                g.writeNumberField("seats", l.seats());
                g.writeStringField("quota", l.quota().toString());
                g.writeStringField("quotaDecimal", ApportionFigures.decimal(l.quota()));
                g.writeEndObject();
            }
            g.writeEndArray();
            awards(g, "lastAwards", r.lastAwards());
            awards(g, "runnersUp", r.runnersUp());
            g.writeArrayFieldStart("tieBreaks");
            for (TieBreak t : r.tieBreaks()) {
                g.writeStartObject();
                g.writeNumberField("seat", t.seat());
                g.writeArrayFieldStart("tied");
                for (String p : t.parties()) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeStringField("policy", t.policy().cliName());
                g.writeStringField("winner", t.winner());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void awards(JsonGenerator g, String field, List<Award> awards) throws IOException {
        g.writeArrayFieldStart(field);
        for (Award a : awards) {
            g.writeStartObject();
            g.writeNumberField("seat", a.seat());
            g.writeStringField("jurisdiction", a.party());
            g.writeStringField("priority", a.priority().toString());
            g.writeFieldName("priorityDecimal");
            if (a.priority().isInfinite()) {
                g.writeNull();
            } else {
                g.writeString(ApportionFigures.priorityDecimal(a.priority()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Two-space indentation for objects and arrays, {@code "key": value}, empty containers as {@code []}. */
    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
