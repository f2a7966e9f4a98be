package org.reftally.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
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

    // Field names quoted once: the block below is written for every unit, and a returns file of a
    // million precincts otherwise has Jackson scan and escape the same names some 20 million times.
    // SerializedString escapes with Jackson's standard table, as the generator does: same bytes.
    private static final SerializableString VOTES = new SerializedString("votes");
    private static final SerializableString VALID = new SerializedString("valid");
    private static final SerializableString BLANK = new SerializedString("blank");
    private static final SerializableString INVALID = new SerializedString("invalid");
    private static final SerializableString OVERVOTES = new SerializedString("overvotes");
    private static final SerializableString UNRECOGNISED = new SerializedString("unrecognised");
    private static final SerializableString CAST = new SerializedString("cast");
    private static final SerializableString ELECTORATE = new SerializedString("electorate");
    private static final SerializableString INCOMPLETE = new SerializedString("incomplete");

    private JsonCounts() {
    }

    /**
     * {@code votes} (by option, in option order), {@code valid}, {@code blank}, {@code invalid},
     * {@code overvotes}, {@code unrecognised} (by text), {@code cast}, {@code electorate} and
     * {@code incomplete}: the names of the fields whose number is only a lower bound.
     */
    static void fields(JsonGenerator g, Contest contest, Counts c) throws IOException {
        fields(g, optionNames(contest), c);
    }

    /** The contest's option names, quoted once for {@link #fields(JsonGenerator, SerializableString[], Counts)}. */
    private static SerializableString[] optionNames(Contest contest) {
        SerializableString[] names = new SerializableString[contest.optionCount()];
        for (int i = 0; i < names.length; i++) {
            names[i] = new SerializedString(contest.option(i).name());
        }
        return names;
    }

    private static void fields(JsonGenerator g, SerializableString[] options, Counts c) throws IOException {
        g.writeFieldName(VOTES);
        g.writeStartObject();
        for (int i = 0; i < options.length; i++) {
            g.writeFieldName(options[i]);
            g.writeNumber(c.votes(i));
        }
        g.writeEndObject();
        g.writeFieldName(VALID);
        g.writeNumber(c.valid());
        // Which of the four counts below are incomplete, in this order: a flag each, not a list per unit.
        boolean blank = count(g, BLANK, c.blank());
        boolean invalid = count(g, INVALID, c.invalid());
        g.writeFieldName(OVERVOTES);
        g.writeNumber(c.overvotes());
        g.writeFieldName(UNRECOGNISED);
        g.writeStartObject();
        for (Map.Entry<String, Long> e : c.unrecognised().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        boolean cast = count(g, CAST, c.cast());
        boolean electorate = count(g, ELECTORATE, c.electorate());
        g.writeFieldName(INCOMPLETE);
        g.writeStartArray();
        incomplete(g, blank, BLANK);
        incomplete(g, invalid, INVALID);
        incomplete(g, cast, CAST);
        incomplete(g, electorate, ELECTORATE);
        g.writeEndArray();
    }

    private static void incomplete(JsonGenerator g, boolean incomplete, SerializableString name) throws IOException {
        if (incomplete) {
            g.writeString(name);
        }
    }

    /**
     * Every jurisdiction in the set's order (then any the input adds), with its weight and counts,
     * and its areas when the input has areas (otherwise an empty {@code areas} list).
     */
    static void jurisdictions(JsonGenerator g, ContestTally tally, JurisdictionSet set) throws IOException {
        g.writeArrayFieldStart("jurisdictions");
        Map<JurisdictionId, List<Map.Entry<Unit, Counts>>> areas = AreaGroups.of(tally);
        SerializableString[] options = optionNames(tally.contest());
        JsonCountsBlock block = new JsonCountsBlock(g, options);
        for (Map.Entry<Jurisdiction, Counts> e : tally.byJurisdiction(set).entrySet()) {
            Jurisdiction j = e.getKey();
            g.writeStartObject();
            g.writeStringField("id", j.id().code());
            g.writeStringField("name", j.name());
            weight(g, j.weight());
            fields(g, options, e.getValue());
            g.writeArrayFieldStart("areas");
            for (Map.Entry<Unit, Counts> unit : areas.getOrDefault(j.id(), List.of())) {
                block.write(g, unit.getKey(), false, unit.getValue());
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
        JsonCountsBlock block = new JsonCountsBlock(g, optionNames(tally.contest()));
        for (Map.Entry<Unit, Counts> unit : tally.units().entrySet()) {
            block.write(g, unit.getKey(), true, unit.getValue());
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

    /**
     * An unreported count is null; a partial one is its reported sum, to be named in
     * {@code incomplete}: true for such a one.
     */
    private static boolean count(JsonGenerator g, SerializableString name, Count count) throws IOException {
        g.writeFieldName(name);
        if (count.isUnreported()) {
            g.writeNull();
            return false;
        }
        g.writeNumber(count.value());
        return !count.complete();
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
