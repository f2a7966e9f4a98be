package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.reftally.model.Comparison;
import org.reftally.model.Contest;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.Decision;

/** The generic serialisation that lets outcome types added later appear in JSON unchanged. */
class JsonMappingTest {

    /** Stands in for an outcome record a scheme might add: every model type a figure can have. */
    record FutureFigures(Fraction quota, Threshold threshold, Quorum quorum, OptionId proposal,
            JurisdictionId decidingState, Optional<OptionId> runnerUp, Optional<Fraction> share, OptionalLong seats,
            Decision stateDecision, Comparison comparison, List<StateFigure> states,
            Map<OptionId, Long> seatsByOption) {
    }

    record StateFigure(JurisdictionId state, Fraction weightedYes, boolean yesMajority) {
    }

    @Test
    void modelValuesAreWrittenAsTheExactTextAUserWouldType() throws Exception {
        FutureFigures figures = new FutureFigures(Fraction.of(7, 3), Threshold.parse(">=2/3"),
                Quorum.parse("turnout>1/2"), OptionId.of("YES"), JurisdictionId.of("ai"), Optional.empty(),
                Optional.of(Fraction.of(4)), OptionalLong.of(12), Decision.INVALID, Comparison.AT_LEAST,
                List.of(new StateFigure(JurisdictionId.of("AI"), Fraction.HALF, false)),
                Map.of(OptionId.of("YES"), 7L, OptionId.of("NO"), 3L));
        assertThat(JsonMapping.MAPPER.writeValueAsString(figures)).isEqualTo("{"
                + "\"quota\":\"7/3\",\"threshold\":\">=2/3\",\"quorum\":\"turnout>1/2\",\"proposal\":\"YES\","
                + "\"deciding_state\":\"AI\",\"runner_up\":null,\"share\":\"4\",\"seats\":12,"
                + "\"state_decision\":\"invalid\",\"comparison\":\"at_least\","
                + "\"states\":[{\"state\":\"AI\",\"weighted_yes\":\"1/2\",\"yes_majority\":false}],"
                + "\"seats_by_option\":{\"NO\":3,\"YES\":7}}");
    }

    record Unforeseen(Contest contest, Counts counts) {
    }

    @Test
    void aModelClassWithoutItsOwnSerializerIsWrittenAsItsText() throws Exception {
        Counts counts = new Counts(new long[] {1, 2}, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED);
        assertThat(JsonMapping.MAPPER.writeValueAsString(new Unforeseen(Contest.of("Q", "YES", "NO"), counts)))
                .isEqualTo("{\"contest\":\"Q\",\"counts\":" + JsonMapping.MAPPER.writeValueAsString(counts.toString())
                        + "}");
    }

    record Keyed(Map<String, Long> byName, Set<String> names) {
    }

    /** Map.of and Set.of iterate in an order salted per JVM: JSON must not follow it. */
    @RepeatedTest(5)
    void hashOrderedMapsAndSetsAreWrittenSorted(org.junit.jupiter.api.RepetitionInfo repetition) throws Exception {
        Random random = new Random(20_240_303L + repetition.getCurrentRepetition());
        Map<String, Long> map = new HashMap<>();
        while (map.size() < 20) {
            map.put("k" + random.nextInt(1_000), (long) random.nextInt(100));
        }
        String json = JsonMapping.MAPPER.writeValueAsString(new Keyed(Map.copyOf(map), Set.copyOf(map.keySet())));
        TreeMap<String, Long> sorted = new TreeMap<>(map);
        assertThat(json).isEqualTo("{\"by_name\":" + JsonMapping.MAPPER.writeValueAsString(sorted) + ",\"names\":"
                + JsonMapping.MAPPER.writeValueAsString(List.copyOf(sorted.keySet())) + "}");
    }

    @Test
    void orderedMapsKeepTheirOrder() throws Exception {
        Map<String, Long> inOptionOrder = new java.util.LinkedHashMap<>();
        inOptionOrder.put("YES", 1L);
        inOptionOrder.put("NO", 2L);
        assertThat(JsonMapping.MAPPER.writeValueAsString(inOptionOrder)).isEqualTo("{\"YES\":1,\"NO\":2}");
    }
}
