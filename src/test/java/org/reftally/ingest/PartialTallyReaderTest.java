package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.PartialTally;
import org.reftally.model.Unit;

class PartialTallyReaderTest {

    @TempDir
    Path dir;

    /** A report of one unit in the JSON contract, with {@code unit} as its counts block. */
    private Path report(String name, String unit, String totals) {
        return new TestInputs(dir).csv(name, """
                {"format_version": 1, "title": "t", "complete": true, "rows": 3, "counted": 3, "rejected": 0,
                 "inputs": [{"path": "zh.csv", "sha256": "abc", "bytes": 10, "kind": "returns",
                             "rows": 3, "counted": 3, "rejected": 0}],
                 "jurisdiction_set": {"name": "(from input)", "implicit": true,
                   "members": [{"id": "ZH", "name": "Zürich", "weight": "1", "population": null,
                                "electorate": null, "electors": null}]},
                 "contests": [{"contest": "referendum", "options": ["YES", "NO"],
                   "totals": %s, "jurisdictions": [], "outcomes": [],
                   "units": [{"jurisdiction": "ZH", "area": "Uster", %s}]}]}
                """.formatted(totals, unit));
    }

    private static final String COUNTS = "\"votes\": {\"YES\": 5, \"NO\": 3}, \"valid\": 8, \"blank\": 2,"
            + " \"invalid\": null, \"overvotes\": 0, \"unrecognised\": {}, \"cast\": 10, \"electorate\": 40,"
            + " \"incomplete\": [\"blank\", \"cast\"]";

    @Test
    void unitsMembersAndInputsAreRebuiltExactly() {
        PartialTally p = PartialTallyReader.read(report("p.json", COUNTS, "{" + COUNTS + "}")).partial();

        Counts c = p.tally().contests().get(0).units().get(new Unit(JurisdictionId.of("ZH"), "Uster"));
        assertThat(c.votes()).containsExactly(5, 3);
        assertThat(c.blank()).isEqualTo(new Count(2, false));
        assertThat(c.invalid()).isEqualTo(Count.NOT_REPORTED);
        assertThat(c.electorate()).isEqualTo(Count.of(40));
        assertThat(p.jurisdictions().members().get(0).name()).isEqualTo("Zürich");
        assertThat(p.inputs().get(0).sha256()).isEqualTo("abc");
        assertThat(p.source()).isEqualTo(dir.resolve("p.json").toString());
    }

    @Test
    void aValidThatIsNotTheSumOfVotesIsRefusedAsEdited() {
        String edited = COUNTS.replace("\"valid\": 8", "\"valid\": 9");
        Path file = report("p.json", edited, "{" + COUNTS + "}");

        assertThatThrownBy(() -> PartialTallyReader.read(file)).isInstanceOf(InputFileException.class)
                .hasMessage(file + ": contests[0].units[0].valid is not the sum of votes: the file was edited or"
                        + " damaged");
    }

    @Test
    void totalsThatAreNotTheSumOfTheUnitsAreRefused() {
        String more = COUNTS.replace("\"YES\": 5", "\"YES\": 6").replace("\"valid\": 8", "\"valid\": 9")
                .replace("\"cast\": 10", "\"cast\": 11");
        Path file = report("p.json", COUNTS, "{" + more + "}");

        assertThatThrownBy(() -> PartialTallyReader.read(file))
                .hasMessageContaining("contests[0].totals do not equal the sum of its units");
    }

    @Test
    void aNegativeOrFractionalCountIsRefused() {
        Path file = report("p.json", COUNTS.replace("\"NO\": 3", "\"NO\": 3.5"), "{" + COUNTS + "}");

        assertThatThrownBy(() -> PartialTallyReader.read(file))
                .hasMessageContaining("contests[0].units[0].votes.NO must be a whole number");
    }

    @Test
    void aReportWithoutUnitsIsRefusedAsOlder() {
        Path file = new TestInputs(dir).csv("old.json", "{\"format_version\": 1, \"contests\": [],"
                + " \"jurisdiction_set\": {\"name\": \"x\", \"implicit\": true}}");

        assertThatThrownBy(() -> PartialTallyReader.read(file)).hasMessageContaining("written by an older reftally");
    }

    @Test
    void somethingElseIsRefusedAsNotAReport() {
        TestInputs in = new TestInputs(dir);
        assertThatThrownBy(() -> PartialTallyReader.read(in.csv("a.csv", "jurisdiction,YES")))
                .hasMessageContaining("is not valid JSON");
        assertThatThrownBy(() -> PartialTallyReader.read(in.csv("b.json", "{\"a\": 1}")))
                .hasMessageContaining("is not a reftally JSON report");
        assertThatThrownBy(() -> PartialTallyReader.read(in.csv("c.json", "{\"format_version\": 1, \"format_version\": 2}")))
                .hasMessageContaining("is not valid JSON").hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> PartialTallyReader.read(dir.resolve("missing.json")))
                .hasMessageEndingWith("missing.json: no such file");
    }
}
