package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Unit;

/**
 * Writes the counts of the JSON contract: the same block of fields for the nation, each
 * jurisdiction and each area, so that a script reads them all alike. Stateless and thread-safe.
 */
final class JsonCounts {

    private JsonCounts() {
    }

    /**
     * {@code votes} (by option, in option order), {@code valid}, {@code blank}, {@code invalid},
     * {@code overvotes}, {@code unrecognised} (by text), {@code cast}, {@code electorate} and
     * {@code incomplete}: the names of the fields whose number is only a lower bound.
     */
    static void fields(JsonGenerator g, Contest contest, Counts c) throws IOException {
        g.writeObjectFieldStart("votes");
        for (int i = 0; i < contest.optionCount(); i++) {
            g.writeNumberField(contest.option(i).name(), c.votes(i));
        }
        g.writeEndObject();
        g.writeNumberField("valid", c.valid());
        List<String> incomplete = new ArrayList<>();
        count(g, "blank", c.blank(), incomplete);
        count(g, "invalid", c.invalid(), incomplete);
        g.writeNumberField("overvotes", c.overvotes());
        g.writeObjectFieldStart("unrecognised");
        for (Map.Entry<String, Long> e : c.unrecognised().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        count(g, "cast", c.cast(), incomplete);
        count(g, "electorate", c.electorate(), incomplete);
        g.writeArrayFieldStart("incomplete");
        for (String name : incomplete) {
            g.writeString(name);
        }
        g.writeEndArray();
    }

    /**
     * Every jurisdiction in the set's order (then any the input adds), with its weight and counts,
     * and its areas when the input has areas (otherwise an empty {@code areas} list).
     */
    static void jurisdictions(JsonGenerator g, ContestTally tally, JurisdictionSet set) throws IOException {
        g.writeArrayFieldStart("jurisdictions");
        Map<JurisdictionId, List<Map.Entry<Unit, Counts>>> areas = AreaGroups.of(tally);
        for (Map.Entry<Jurisdiction, Counts> e : tally.byJurisdiction(set).entrySet()) {
            Jurisdiction j = e.getKey();
            g.writeStartObject();
            g.writeStringField("id", j.id().code());
            g.writeStringField("name", j.name());
            weight(g, j.weight());
            fields(g, tally.contest(), e.getValue());
            g.writeArrayFieldStart("areas");
            for (Map.Entry<Unit, Counts> unit : areas.getOrDefault(j.id(), List.of())) {
                g.writeStartObject();
                g.writeStringField("area", unit.getKey().area());
                fields(g, tally.contest(), unit.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The set's members in its order with every figure it declares, so that a partial tally
     * carries its set to a merge: {@code id}, {@code name}, {@code weight} (exact),
     * {@code population}, {@code electorate} and {@code electors} (null when the set has none).
     */
    static void members(JsonGenerator g, JurisdictionSet set) throws IOException {
        g.writeArrayFieldStart("members");
        for (Jurisdiction j : set.members()) {
            g.writeStartObject();
            g.writeStringField("id", j.id().code());
            g.writeStringField("name", j.name());
            g.writeStringField("weight", j.weight().toString());
            optional(g, "population", j.population());
            optional(g, "electorate", j.electorate());
            optional(g, "electors", j.electors());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Every unit as counted, sorted by jurisdiction and area: the raw counts a merge adds up. Unlike
     * {@link #jurisdictions}, no member without ballots is added and no electorate comes from the set.
     */
    static void units(JsonGenerator g, ContestTally tally) throws IOException {
        g.writeArrayFieldStart("units");
        for (Map.Entry<Unit, Counts> unit : tally.units().entrySet()) {
            g.writeStartObject();
            g.writeStringField("jurisdiction", unit.getKey().jurisdiction().code());
            g.writeStringField("area", unit.getKey().area());
            fields(g, tally.contest(), unit.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void optional(JsonGenerator g, String name, java.util.OptionalLong value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsLong());
        } else {
            g.writeNullField(name);
        }
    }

    /** An unreported count is null; a partial one is its reported sum, named in {@code incomplete}. */
    private static void count(JsonGenerator g, String name, Count count, List<String> incomplete) throws IOException {
        if (count.isUnreported()) {
            g.writeNullField(name);
            return;
        }
        g.writeNumberField(name, count.value());
        if (!count.complete()) {
            incomplete.add(name);
        }
    }

    /**
     * The weight exactly, as {@code "1/2"}; and for convenience as a decimal number when its
     * expansion terminates ({@code 0.5}), else null. A binary double could not hold 1/3 exactly,
     * so the string is the authority.
     */
    private static void weight(JsonGenerator g, Fraction weight) throws IOException {
        g.writeStringField("weight", weight.toString());
        String decimal = weight.toDecimalString();
        if (decimal.indexOf('/') >= 0) {
            g.writeNullField("weight_decimal");
        } else {
            g.writeNumberField("weight_decimal", new BigDecimal(decimal));
        }
    }
}
