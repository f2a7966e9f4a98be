package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ApportionFixtures.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.reftally.scheme.Apportionment;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.seats.Party;

class ApportionJsonRendererTest {

    private static final ApportionRenderer JSON = ApportionRenderers.forFormat(Format.JSON);

    @Test
    void aFixedDivisorIsWrittenWithFixedKeyOrderAndTwoSpaceIndentation() {
        assertThat(render(JSON, ApportionFixtures.islandsPerThousand())).isEqualTo("""
                {
                  "kind": "apportionment",
                  "version": 1,
                  "name": "Islands",
                  "method": "fixed-divisor",
                  "houseSize": 9,
                  "minSeats": 1,
                  "maxSeats": null,
                  "divisor": "1000",
                  "rounding": "nearest",
                  "tiePolicy": "error",
                  "seed": 0,
                  "population": 8450,
                  "jurisdictions": [
                    {
                      "jurisdiction": "NO",
                      "name": "North",
                      "population": 4010,
                      "seats": 4,
                      "quota": "401/100",
                      "quotaDecimal": "4.0100"
                    },
                    {
                      "jurisdiction": "SO",
                      "name": "South",
                      "population": 3150,
                      "seats": 3,
                      "quota": "63/20",
                      "quotaDecimal": "3.1500"
                    },
                    {
                      "jurisdiction": "EA",
                      "name": "East & \\"Isles\\"",
                      "population": 1020,
                      "seats": 1,
                      "quota": "51/50",
                      "quotaDecimal": "1.0200"
                    },
                    {
                      "jurisdiction": "WE",
                      "name": "Wester, Ross",
                      "population": 270,
                      "seats": 1,
                      "quota": "27/100",
                      "quotaDecimal": "0.2700"
                    }
                  ],
                  "lastAwards": [],
                  "runnersUp": [],
                  "tieBreaks": []
                }
                """);
    }

    @Test
    void awardsCarryTheExactPriorityAndItsDecimal() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(render(JSON, ApportionFixtures.islands()));
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("kind", "version", "name", "method", "houseSize", "minSeats", "maxSeats",
                "divisor", "rounding", "tiePolicy", "seed", "population", "jurisdictions", "lastAwards", "runnersUp",
                "tieBreaks");
        assertThat(doc.get("method").asText()).isEqualTo("huntington-hill");
        JsonNode last = doc.get("lastAwards").get(1);
        assertThat(last.get("seat").asInt()).isEqualTo(10);
        assertThat(last.get("jurisdiction").asText()).isEqualTo("SO");
        assertThat(last.get("priority").asText()).isEqualTo("3150/sqrt(12)");
        assertThat(last.get("priorityDecimal").asText()).isEqualTo("909.3267");
        assertThat(doc.get("runnersUp").get(0).get("seat").asInt()).isEqualTo(11);
    }

    @Test
    void the2020HouseEndsWithMinnesotaAndNewYorkIsNextAsTheDocumentationSays() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(render(JSON, Apportionment.apportion("us-2020", states2020(), 435,
                SeatSettings.usHouse())));
        JsonNode lastAwards = doc.get("lastAwards");
        JsonNode last = lastAwards.get(lastAwards.size() - 1);
        assertThat(last.toString()).isEqualTo("{\"seat\":435,\"jurisdiction\":\"MN\",\"priority\":\"5709752/sqrt(56)\","
                + "\"priorityDecimal\":\"762997.7053\"}");
        assertThat(doc.get("runnersUp").get(0).toString()).isEqualTo("{\"seat\":436,\"jurisdiction\":\"NY\","
                + "\"priority\":\"20215751/sqrt(702)\",\"priorityDecimal\":\"762994.3528\"}");
        assertThat(doc.get("population").asLong()).isEqualTo(331_108_434L);
    }

    /** The 50 states' 2020 apportionment populations, from the seat engine's test resource. */
    private static List<Party> states2020() throws Exception {
        String resource = "/org/reftally/scheme/seats/us-2020-apportionment.csv";
        try (var in = Objects.requireNonNull(ApportionJsonRendererTest.class.getResourceAsStream(resource))) {
            List<Party> states = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].strip().split(",");
                states.add(new Party(cells[0], Long.parseLong(cells[2])));
            }
            return states;
        }
    }

    @Test
    void theSameResultAlwaysGivesTheSameBytes() {
        assertThat(render(JSON, ApportionFixtures.islands())).isEqualTo(render(JSON, ApportionFixtures.islands()));
    }
}
