package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.Contest;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

/**
 * A block of counts written as text ({@link JsonCountsBlock}) is byte for byte what the generator
 * writes field by field, pretty or compact, at any depth: on seeded random counts (complete,
 * incomplete, unreported; unrecognised answers) and names and areas that need escaping (quotes,
 * backslashes, control characters, non-ASCII, characters beyond the BMP).
 */
class JsonCountsBlockTest {

    private static final String[] TEXTS = {"P1", "", "a \"quoted\" b", "back\\slash", "tab\there", "new\nline",
        "\u0001\u001f", "Zürich", "日本", "emoji \uD83D\uDE00", "/slash/", "<&>", "\u2028", "del\u007f", "S00"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void blocksAreWhatTheGeneratorWritesFieldByField(long seed) throws IOException {
        Random random = new Random(seed);
        String[] names = new String[1 + random.nextInt(4)];
        for (int i = 0; i < names.length; i++) {
            names[i] = "opt" + i + pick(random, TEXTS);
        }
        Contest contest = Contest.of("c", names);
        List<Map.Entry<Unit, Counts>> units = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            units.add(Map.entry(new Unit(JurisdictionId.of("J" + pick(random, TEXTS)), pick(random, TEXTS) + i),
                    counts(random, names.length)));
        }
        int depth = random.nextInt(5);
        for (boolean pretty : new boolean[] {true, false}) {
            String expected = document(pretty, depth, contest, units, false);
            String actual = document(pretty, depth, contest, units, true);
            assertThat(actual).as("pretty %s, depth %d", pretty, depth).isEqualTo(expected);
        }
    }

    /** Units in an array under {@code depth} levels of objects, by blocks or field by field. */
    private static String document(boolean pretty, int depth, Contest contest, List<Map.Entry<Unit, Counts>> units,
            boolean blocks) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = pretty ? JsonMapping.generator(out) : JsonMapping.compactGenerator(out)) {
            g.writeStartObject();
            for (int d = 0; d < depth; d++) {
                g.writeObjectFieldStart("level" + d);
            }
            g.writeArrayFieldStart("units");
            SerializableString[] options = new SerializableString[contest.optionCount()];
            for (int i = 0; i < options.length; i++) {
                options[i] = new SerializedString(contest.option(i).name());
            }
            JsonCountsBlock block = new JsonCountsBlock(g, options);
            for (int i = 0; i < units.size(); i++) {
                Unit unit = units.get(i).getKey();
                Counts counts = units.get(i).getValue();
                boolean withJurisdiction = i % 3 != 0;
                if (blocks) {
                    block.write(g, unit, withJurisdiction, counts);
                } else {
                    g.writeStartObject();
                    if (withJurisdiction) {
                        g.writeStringField("jurisdiction", unit.jurisdiction().code());
                    }
                    g.writeStringField("area", unit.area());
                    JsonCounts.fields(g, contest, counts);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            for (int d = 0; d < depth; d++) {
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        return out.toString();
    }

    private static Counts counts(Random random, int options) {
        long[] votes = new long[options];
        for (int i = 0; i < options; i++) {
            votes[i] = random.nextInt(10) == 0 ? Long.MAX_VALUE / 8 : random.nextInt(100_000);
        }
        Map<String, Long> unrecognised = new TreeMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            unrecognised.put(pick(random, TEXTS) + i, (long) random.nextInt(9) + 1);
        }
        long overvotes = random.nextInt(3);
        long named = overvotes + unrecognised.values().stream().mapToLong(Long::longValue).sum();
        return new Counts(votes, count(random, 0), count(random, named), overvotes, unrecognised, count(random, 0));
    }

    /** Complete, incomplete (a partial sum) or unreported; never below {@code least} when reported. */
    private static Count count(Random random, long least) {
        return switch (random.nextInt(least > 0 ? 2 : 3)) {
            case 0 -> Count.of(least + random.nextInt(500));
            case 1 -> new Count(least + random.nextInt(500), false);
            default -> Count.NOT_REPORTED;
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
