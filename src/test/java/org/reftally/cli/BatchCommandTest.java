package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.cli.CanvassRun.read;
import static org.reftally.cli.CanvassRun.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    @TempDir
    Path dir;

    /** Eight elections, two of them failing, one with a rejected row. */
    private Path manifest() {
        List<String> rows = new ArrayList<>(List.of("name,files,options"));
        for (int i = 0; i < 6; i++) {
            Path f = write(dir.resolve("e" + i + ".csv"), "jurisdiction,choice", "A,YES", "B," + (i % 2 == 0 ? "NO" : "YES"),
                    "C,NO", i == 3 ? ",YES" : "A,NO");
            rows.add("election " + i + "," + f + "," + (i == 4 ? "\"--scheme majority,plurality\"" : ""));
        }
        rows.add("missing," + dir.resolve("nope.csv") + ",");
        rows.add("bad," + dir.resolve("e0.csv") + ",--threshold banana");
        return write(dir.resolve("manifest.csv"), rows);
    }

    @Test
    void outputsAreInManifestOrderAndByteIdenticalForOneOrFourJobs() {
        Path manifest = manifest();
        CanvassRun one = CanvassRun.of("batch", manifest, "--jobs", 1, "--jsonl", dir.resolve("1.jsonl"), "--csv",
                dir.resolve("1.csv"));
        CanvassRun four = CanvassRun.of("batch", manifest, "--jobs", 4, "--jsonl", dir.resolve("4.jsonl"), "--csv",
                dir.resolve("4.csv"));

        assertThat(four.out()).isEqualTo(one.out());
        assertThat(four.err()).isEqualTo(one.err());
        assertThat(read(dir.resolve("4.jsonl"))).isEqualTo(read(dir.resolve("1.jsonl")));
        assertThat(read(dir.resolve("4.csv"))).isEqualTo(read(dir.resolve("1.csv")));
        assertThat(read(dir.resolve("1.jsonl")).lines().map(l -> l.substring(0, l.indexOf("\",")))).containsExactly(
                "{\"name\":\"election 0", "{\"name\":\"election 1", "{\"name\":\"election 2",
                "{\"name\":\"election 3", "{\"name\":\"election 4", "{\"name\":\"election 5", "{\"name\":\"missing",
                "{\"name\":\"bad");
    }

    @Test
    void aFailingElectionIsReportedAndTheOthersRunAndTheWorstCodeWins() throws Exception {
        CanvassRun run = CanvassRun.of("batch", manifest(), "--jsonl", dir.resolve("out.jsonl"));

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.out()).contains("election 3     3     4         1  majority: accepted (YES)\n")
                .contains("election 4     0     4         0  majority: rejected; plurality: accepted (NO)\n")
                .contains("missing        4                  error: " + dir.resolve("manifest.csv") + ":8: "
                        + dir.resolve("nope.csv") + ": no such file\n")
                .endsWith("8 elections: 6 ran, 2 failed; exit code 4.\n");
        assertThat(run.err()).contains("[election 3] " + dir.resolve("e3.csv") + ":5: missing jurisdiction");
        List<String> lines = Files.readAllLines(dir.resolve("out.jsonl"));
        JsonNode missing = new ObjectMapper().readTree(lines.get(6));
        assertThat(missing.get("exit_code").asInt()).isEqualTo(4);
        assertThat(missing.get("report").isNull()).isTrue();
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("error").isNull()).isTrue();
        assertThat(first.get("report").get("title").asText()).isEqualTo("election 0");
        assertThat(first.get("report").get("contests").get(0).get("totals").get("valid").asLong()).isEqualTo(4);
    }

    @Test
    void theCombinedCsvLeadsEveryCountRowWithItsElection() {
        CanvassRun run = CanvassRun.of("batch", manifest(), "--csv", dir.resolve("out.csv"));

        List<String> csv = read(dir.resolve("out.csv")).lines().toList();
        assertThat(csv.get(0)).isEqualTo("election,contest,jurisdiction,name,area,measure,option,value,"
                + "percent_of_valid,complete");
        assertThat(csv.get(1)).isEqualTo("election 0,referendum,TOTAL,national total,,votes,YES,1,25.00,true");
        assertThat(csv).noneMatch(l -> l.startsWith("missing,") || l.startsWith("bad,"));
        assertThat(run.code()).isEqualTo(4);
    }

    @Test
    void worstIsTheHighestCodeExceptThatAnInternalErrorDominates() {
        assertThat(BatchRunner.worst(List.of(0, 3, 2))).isEqualTo(3);
        assertThat(BatchRunner.worst(List.of(0, 4, 1, 3))).isEqualTo(1);
        assertThat(BatchRunner.worst(List.of(0, 0))).isZero();
    }

    @Test
    void aDirectoryOfElectionFoldersTalliesEachFoldersCsvFilesTogether() {
        write(dir.resolve("elections/a/one.csv"), "jurisdiction,choice", "A,YES");
        write(dir.resolve("elections/a/two.csv"), "jurisdiction,choice", "B,NO", "B,NO");
        write(dir.resolve("elections/b/r.csv"), "jurisdiction,YES,NO", "A,5,4");

        CanvassRun run = CanvassRun.of("batch", dir.resolve("elections"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                Election  Exit  Rows  Rejected  Decisions
                --------  ----  ----  --------  ------------------------
                a            0     3         0  majority: rejected
                b            0     1         0  majority: accepted (YES)

                2 elections: 2 ran, 0 failed; exit code 0.
                """);
    }

    @Test
    void anElectionFolderIsTalliedWithItsElectionJsonAsTallyWould() throws Exception {
        write(dir.resolve("elections/vote/r.csv"), "jurisdiction,YES,NO", "A,5,4", "B,1,3");
        write(dir.resolve("elections/vote/election.json"), "{\"title\": \"The vote\", \"inputs\": [\"r.csv\"],",
                " \"scheme\": [\"plurality\"]}");

        CanvassRun run = CanvassRun.of("batch", dir.resolve("elections"), "--jsonl", dir.resolve("out.jsonl"));

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("vote         0     2         0  plurality: accepted (NO)\n");
        JsonNode report = new ObjectMapper().readTree(read(dir.resolve("out.jsonl"))).get("report");
        assertThat(report.get("title").asText()).isEqualTo("The vote");
        // The same report as tally gives for the folder.
        assertThat(report).isEqualTo(new ObjectMapper().readTree(
                CanvassRun.of("tally", dir.resolve("elections/vote"), "-f", "json").out()));
    }

    @Test
    void outputOptionsInAManifestRowAreRefusedForThatElection() {
        Path f = write(dir.resolve("x.csv"), "jurisdiction,choice", "A,YES");
        Path manifest = write(dir.resolve("m.csv"), "name,files,options", "x," + f + ",-f json");

        CanvassRun run = CanvassRun.of("batch", manifest);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("error: " + manifest + ":2: --format is not allowed in a batch manifest");
    }

    @Test
    void anUnusableManifestStopsTheBatchWithExit4() {
        Path manifest = write(dir.resolve("m.csv"), "name,files", "a,x.csv", "a,y.csv");

        CanvassRun run = CanvassRun.of("batch", manifest);

        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).isEqualTo("reftally: " + manifest + ":3: election 'a' is listed twice (first at line 2)\n");
    }
}
