package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ReportFixtures.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.scheme.Decision;
import org.reftally.scheme.PluralityOutcome;

class JsonRendererTest {

    private final JsonRenderer renderer = new JsonRenderer();

    @Test
    void everyRequiredKeyIsPresentInItsFixedOrder() throws Exception {
        JsonNode root = parse(ReportFixtures.complete());
        assertThat(keys(root)).containsExactly("format_version", "title", "complete", "rows", "counted", "rejected",
                "inputs", "jurisdiction_set", "notes", "contests");
        assertThat(root.get("format_version").asInt()).isEqualTo(1);
        assertThat(root.get("complete").isBoolean()).isTrue();
        assertThat(keys(root.get("inputs").get(0)))
                .containsExactly("path", "sha256", "bytes", "kind", "rows", "counted", "rejected");
        assertThat(keys(root.get("jurisdiction_set"))).containsExactly("name", "implicit", "members");
        assertThat(keys(root.get("jurisdiction_set").get("members").get(0))).containsExactly("id", "name", "weight",
                "population", "electorate", "electors");
        JsonNode contest = root.get("contests").get(0);
        assertThat(keys(contest)).containsExactly("contest", "options", "totals", "jurisdictions", "outcomes",
                "units");
        assertThat(keys(contest.get("units").get(0))).containsExactly("jurisdiction", "area", "votes", "valid",
                "blank", "invalid", "overvotes", "unrecognised", "cast", "electorate", "incomplete");
        assertThat(keys(contest.get("totals"))).containsExactly("votes", "valid", "blank", "invalid", "overvotes",
                "unrecognised", "cast", "electorate", "incomplete");
        assertThat(keys(contest.get("totals").get("votes"))).containsExactly("YES", "NO");
        assertThat(keys(contest.get("jurisdictions").get(0))).containsExactly("id", "name", "weight",
                "weight_decimal", "votes", "valid", "blank", "invalid", "overvotes", "unrecognised", "cast",
                "electorate", "incomplete", "areas");
        for (JsonNode outcome : contest.get("outcomes")) {
            assertThat(keys(outcome).subList(0, 5))
                    .containsExactly("scheme", "decision", "winner", "reasons", "deciding_figure");
            assertThat(keys(outcome)).doesNotContain("contest");
        }
    }

    @Test
    void countsAreJsonIntegers() throws Exception {
        JsonNode root = parse(ReportFixtures.complete());
        List<JsonNode> counts = new ArrayList<>();
        for (String key : List.of("rows", "counted", "rejected")) {
            counts.add(root.get(key));
            counts.add(root.get("inputs").get(0).get(key));
        }
        JsonNode contest = root.get("contests").get(0);
        List<JsonNode> blocks = new ArrayList<>(List.of(contest.get("totals")));
        contest.get("jurisdictions").forEach(blocks::add);
        for (JsonNode block : blocks) {
            block.get("votes").forEach(counts::add);
            block.get("unrecognised").forEach(counts::add);
            for (String key : List.of("valid", "blank", "invalid", "overvotes", "cast", "electorate")) {
                counts.add(block.get(key));
            }
        }
        assertThat(counts).hasSizeGreaterThan(40).allSatisfy(n -> assertThat(n.isIntegralNumber()).isTrue());
        assertThat(contest.get("totals").get("valid").asLong()).isEqualTo(1_109_001);
    }

    @Test
    void unreportedCountsAreNullAndPartialCountsAreListedAsIncomplete() throws Exception {
        JsonNode contest = parse(ReportFixtures.incomplete()).get("contests").get(0);
        JsonNode totals = contest.get("totals");
        assertThat(totals.get("blank").asLong()).isEqualTo(5);
        assertThat(totals.get("electorate").asLong()).isEqualTo(4_000);
        assertThat(totals.get("incomplete").toString()).isEqualTo("[\"blank\",\"cast\",\"electorate\"]");
        JsonNode xb = contest.get("jurisdictions").get(1);
        assertThat(xb.get("blank").isNull()).isTrue();
        assertThat(xb.get("electorate").isNull()).isTrue();
        assertThat(xb.get("cast").asLong()).isEqualTo(60);
        assertThat(xb.get("incomplete").toString()).isEqualTo("[\"cast\"]");
    }

    @Test
    void weightsAreExactStringsWithADecimalOnlyWhenItTerminates() throws Exception {
        JsonNode ai = parse(ReportFixtures.complete()).get("contests").get(0).get("jurisdictions").get(2);
        assertThat(ai.get("weight").asText()).isEqualTo("1/2");
        assertThat(ai.get("weight_decimal").decimalValue()).isEqualByComparingTo("0.5");

        Contest contest = Contest.of("Q", "YES", "NO");
        Report thirds = new Report("T", List.of(), new JurisdictionSet("S",
                List.of(ReportFixtures.canton("A", "A", Fraction.of(1, 3))), false),
                List.of(new Report.ContestResult(new ContestTally(contest, Map.of()), List.of())), true);
        JsonNode a = parse(thirds).get("contests").get(0).get("jurisdictions").get(0);
        assertThat(a.get("weight").asText()).isEqualTo("1/3");
        assertThat(a.get("weight_decimal").isNull()).isTrue();
    }

    @Test
    void areasAreNestedInTheirJurisdictionInUnitOrder() throws Exception {
        JsonNode jurisdictions = parse(ReportFixtures.withAreas()).get("contests").get(0).get("jurisdictions");
        JsonNode zh = jurisdictions.get(0);
        assertThat(zh.get("id").asText()).isEqualTo("ZH");
        assertThat(zh.get("valid").asLong()).isEqualTo(200);
        assertThat(zh.get("areas")).hasSize(2);
        assertThat(zh.get("areas").get(0).get("area").asText()).isEqualTo("Uster");
        assertThat(zh.get("areas").get(0).get("electorate").isNull()).isTrue();
        assertThat(zh.get("areas").get(1).get("area").asText()).isEqualTo("Winterthur");
        assertThat(zh.get("areas").get(1).get("votes").get("YES").asLong()).isEqualTo(60);
        assertThat(jurisdictions.get(1).get("areas").get(0).get("area").asText()).isEqualTo("Thun");
        assertThat(parse(ReportFixtures.complete()).get("contests").get(0).get("jurisdictions").get(0).get("areas"))
                .isEmpty();
    }

    @Test
    void unitsAreTheRawCountsWithoutSetMembersOrTheSetsElectorate() throws Exception {
        JsonNode root = parse(ReportFixtures.withAreas());
        JsonNode units = root.get("contests").get(0).get("units");
        List<String> places = new ArrayList<>();
        units.forEach(u -> places.add(u.get("jurisdiction").asText() + "/" + u.get("area").asText()));
        assertThat(places).containsExactly("BE/Thun", "ZH/Uster", "ZH/Winterthur");
        assertThat(units.get(1).get("electorate").isNull()).isTrue();
        assertThat(root.get("jurisdiction_set").get("members")).hasSize(
                root.get("contests").get(0).get("jurisdictions").size());
    }

    @Test
    void theCompactFormIsTheSameDocumentOnOneLine() throws Exception {
        String compact = render(JsonRenderer.compact(), ReportFixtures.complete());
        assertThat(compact).doesNotContain("\n").startsWith("{\"format_version\":1,");
        assertThat(JsonMapping.MAPPER.readTree(compact)).isEqualTo(parse(ReportFixtures.complete()));
    }

    @Test
    void anOutcomeWithoutWinnerHasNullWinnerAndLowerCaseDecision() throws Exception {
        Report report = ReportFixtures.complete();
        PluralityOutcome tie = new PluralityOutcome("Proposal 1", Decision.TIE, Optional.empty(),
                List.of(OptionId.of("YES"), OptionId.of("NO")), 5, 10, List.of(), List.of("Equal."), "5 each");
        Report tied = new Report(report.title(), report.inputs(), report.jurisdictions(),
                List.of(new Report.ContestResult(report.contests().get(0).tally(), List.of(tie))), true);
        JsonNode outcome = parse(tied).get("contests").get(0).get("outcomes").get(0);
        assertThat(outcome.get("decision").asText()).isEqualTo("tie");
        assertThat(outcome.get("winner").isNull()).isTrue();
        assertThat(outcome.get("leaders").toString()).isEqualTo("[\"YES\",\"NO\"]");
    }

    @Test
    void renderingTwiceGivesTheSameBytesWithLineFeedsAndATrailingNewline() throws Exception {
        String first = render(renderer, ReportFixtures.incomplete());
        assertThat(first).isEqualTo(render(renderer, ReportFixtures.incomplete()));
        assertThat(first).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"format_version\": 1,\n");
    }

    @Test
    void decimalsDoNotChangeTheJson() throws Exception {
        java.io.StringWriter wide = new java.io.StringWriter();
        renderer.render(ReportFixtures.complete(), new RenderOptions(6), wide);
        assertThat(wide.toString()).isEqualTo(render(renderer, ReportFixtures.complete()));
    }

    private JsonNode parse(Report report) throws Exception {
        return JsonMapping.MAPPER.readTree(render(renderer, report));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
