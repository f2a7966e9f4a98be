package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.cli.CanvassRun.read;
import static org.reftally.cli.CanvassRun.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditVerifyTest {

    @TempDir
    Path dir;

    private Path ballots;

    @BeforeEach
    void ballots() {
        ballots = write(dir.resolve("ballots.csv"), "ballot_id,jurisdiction,choice", "1,A,YES", "2,A,NO", "3,B,YES",
                "4,,YES");
    }

    @Test
    void theManifestRecordsVersionArgumentsSettingsInputsAndOutputs() throws Exception {
        Path audit = dir.resolve("audit.json");
        Path report = dir.resolve("report.json");
        Path rejects = dir.resolve("rejects.csv");

        CanvassRun run = CanvassRun.of("tally", ballots, "-f", "json", "-o", report, "--rejects", rejects, "--audit", audit);

        assertThat(run.code()).isEqualTo(3);
        JsonNode m = new ObjectMapper().readTree(read(audit));
        assertThat(m.get("reftally_version").asText()).isEqualTo(VersionProvider.version());
        assertThat(m.get("command").asText()).isEqualTo("tally");
        assertThat(m.get("arguments").toString()).isEqualTo("[\"tally\",\"" + ballots + "\",\"-f\",\"json\",\"-o\",\""
                + report + "\",\"--rejects\",\"" + rejects + "\",\"--audit\",\"" + audit + "\"]");
        assertThat(m.get("settings").get("--format").asText()).isEqualTo("json");
        assertThat(m.get("settings").get("--decimals").asText()).isEqualTo("2");
        assertThat(m.get("settings").get("scheme 1").asText()).startsWith("majority: jurisdiction set (from input)");
        assertThat(m.get("exit_code").asInt()).isEqualTo(3);
        JsonNode input = m.get("inputs").get(0);
        assertThat(input.get("path").asText()).isEqualTo(ballots.toString());
        assertThat(input.get("bytes").asLong()).isEqualTo(Files.size(ballots));
        assertThat(input.get("rows").asLong()).isEqualTo(4);
        assertThat(input.get("counted").asLong()).isEqualTo(3);
        assertThat(input.get("rejected").asLong()).isEqualTo(1);
        assertThat(m.get("outputs").findValuesAsText("option")).containsExactly("--rejects", "--output");
        assertThat(m.get("outputs").get(1).get("sha256").asText())
                .isEqualTo(org.reftally.ingest.FileDigest.of(report).sha256());
        assertThat(m.has("stamp")).isFalse();
    }

    @Test
    void theSameRunWritesTheSameManifestByteForByte() {
        CanvassRun.of("tally", ballots, "--audit", dir.resolve("a.json"));
        CanvassRun.of("tally", ballots, "--audit", dir.resolve("a.json"));
        String first = read(dir.resolve("a.json"));
        CanvassRun.of("tally", ballots, "--audit", dir.resolve("a.json"));

        assertThat(read(dir.resolve("a.json"))).isEqualTo(first);
    }

    @Test
    void verifyReproducesEveryOutputOfTallyMergeAndBatchWithExit0() {
        Path partial = dir.resolve("p.json");
        CanvassRun.of("tally", ballots, "-f", "json", "-o", partial, "--audit", dir.resolve("tally.audit"));
        CanvassRun.of("merge", partial, "-f", "csv", "--audit", dir.resolve("merge.audit"));
        Path manifest = write(dir.resolve("m.csv"), "name,files", "one," + ballots);
        CanvassRun.of("batch", manifest, "--jsonl", dir.resolve("b.jsonl"), "--audit", dir.resolve("batch.audit"));

        String partialBefore = read(partial);
        String batchAuditBefore = read(dir.resolve("batch.audit"));
        for (String audit : new String[] {"tally.audit", "merge.audit", "batch.audit"}) {
            CanvassRun verify = CanvassRun.of("verify", dir.resolve(audit));
            assertThat(verify.code()).as(audit + "\n" + verify.out() + verify.err()).isZero();
            assertThat(verify.out()).endsWith("VERIFIED: every input is unchanged and every output was reproduced.\n");
        }
        // The re-runs wrote into a scratch directory, never over what they checked.
        assertThat(read(partial)).isEqualTo(partialBefore);
        assertThat(read(dir.resolve("batch.audit"))).isEqualTo(batchAuditBefore);
    }

    @Test
    void aChangedInputIsNamedAndTheDifferingOutputToo() throws Exception {
        Path report = dir.resolve("report.txt");
        CanvassRun.of("tally", ballots, "-o", report, "--audit", dir.resolve("a.json"));
        String recorded = read(report);
        Files.writeString(ballots, read(ballots).replace("2,A,NO", "2,A,YES"));

        CanvassRun verify = CanvassRun.of("verify", dir.resolve("a.json"));

        assertThat(verify.code()).isEqualTo(3);
        assertThat(verify.out()).contains("input " + ballots + ": CHANGED: recorded SHA-256 ")
                .contains("output " + report + ": DIFFERS: recorded SHA-256 ")
                .endsWith("NOT VERIFIED: 2 checks failed.\n");
        assertThat(read(report)).isEqualTo(recorded);
    }

    @Test
    void aPublishedOutputEditedAfterTheRunIsCaught() throws Exception {
        Path report = dir.resolve("report.txt");
        CanvassRun.of("tally", ballots, "-o", report, "--audit", dir.resolve("a.json"));
        Files.writeString(report, read(report).replace("ACCEPTED", "REJECTED"));
        assertThat(read(report)).contains("majority: REJECTED");

        CanvassRun verify = CanvassRun.of("verify", dir.resolve("a.json"));

        assertThat(verify.code()).isEqualTo(3);
        assertThat(verify.out()).contains("output " + report + ": the file on disk DIFFERS from the one recorded");
    }

    @Test
    void aStampAddsTimeAndHostAndVerifyIgnoresIt() throws Exception {
        Path audit = dir.resolve("a.json");
        CanvassRun.of("tally", ballots, "--audit", audit, "--stamp");

        JsonNode stamp = new ObjectMapper().readTree(read(audit)).get("stamp");
        assertThat(stamp.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(stamp.get("host").asText()).isNotEmpty();
        assertThat(CanvassRun.of("verify", audit).code()).isZero();
    }

    @Test
    void aManifestThatIsNotOneOrRecordsAnotherCommandIsExit4() {
        Path notJson = write(dir.resolve("x.json"), "not json");
        Path other = write(dir.resolve("y.json"), "{\"format_version\": 1, \"reftally_version\": \"0\","
                + " \"command\": \"verify\", \"arguments\": [\"verify\", \"y.json\"], \"settings\": {},"
                + " \"exit_code\": 0, \"inputs\": [], \"outputs\": []}");

        CanvassRun bad = CanvassRun.of("verify", notJson);
        CanvassRun loop = CanvassRun.of("verify", other);

        assertThat(bad.code()).isEqualTo(4);
        assertThat(bad.err()).startsWith("reftally: " + notJson + ": is not valid JSON");
        assertThat(loop.code()).isEqualTo(4);
        assertThat(loop.err()).isEqualTo("reftally: " + other + ": records the command 'verify'; verify re-runs only"
                + " tally, merge and batch\n");
    }

    @Test
    void anAuditThatIsAlsoTheReportIsRefusedBeforeAnythingIsWritten() {
        Path same = dir.resolve("same.txt");

        CanvassRun run = CanvassRun.of("tally", ballots, "-o", same, "--audit", same);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("reftally: --audit " + same + " is also an output; give the audit its own"
                + " file\n");
        assertThat(same).doesNotExist();
    }

    @Test
    void everyOutputFormOfTheArgumentsIsRedirected() {
        OutputArguments args = new OutputArguments(java.util.List.of("tally", "in.csv", "-o", "a/r.txt", "-ob.txt",
                "--output=c.txt", "--rejects", "d.csv", "--audit=e.json", "--title", "-o"), dir);

        assertThat(args.arguments()).containsExactly("tally", "in.csv", "-o", dir.resolve("0-r.txt").toString(),
                "-o" + dir.resolve("1-b.txt"), "--output=" + dir.resolve("2-c.txt"), "--rejects",
                dir.resolve("3-d.csv").toString(), "--audit=" + dir.resolve("4-e.json"), "--title", "-o");
        assertThat(args.redirected("a/r.txt")).isEqualTo(dir.resolve("0-r.txt"));
    }
}
