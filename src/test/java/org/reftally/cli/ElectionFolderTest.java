package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An election folder's election.json supplies the options; the command line overrides them. */
class ElectionFolderTest {

    @TempDir
    Path dir;

    private void folder(String json) throws IOException {
        Files.writeString(dir.resolve("r.csv"), "canton,YES,NO\nZH,60,40\nBE,40,60\nLU,45,55\n");
        Files.writeString(dir.resolve("election.json"), json);
    }

    @Test
    void theFileSaysEverythingTheRunNeeds() throws IOException {
        folder("{\"title\": \"Test vote\", \"inputs\": [\"r.csv\"], \"scheme\": \"double-majority\"}");
        CliRun run = CliRun.run("tally", dir.toString());
        assertThat(run.exit()).isEqualTo(0);
        assertThat(run.out()).startsWith("Test vote\n").contains("double-majority: REJECTED");
    }

    @Test
    void theCommandLineOverridesTheFile() throws IOException {
        folder("{\"inputs\": [\"r.csv\"], \"scheme\": \"double-majority\", \"states\": \">1/2\"}");
        CliRun run = CliRun.run("tally", dir.toString(), "--states", ">=1");
        assertThat(run.out()).contains("double-majority: REJECTED").contains("1 of 3 state votes approve");
        CliRun majority = CliRun.run("tally", dir.toString(), "--scheme", "majority");
        assertThat(majority.out()).contains("majority: REJECTED").doesNotContain("double-majority");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheKeyAndTheFile() throws IOException {
        folder("{\"inputs\": [\"r.csv\"], \"threshhold\": \">1/2\"}");
        CliRun run = CliRun.run("tally", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FILE);
        assertThat(run.err()).contains("election.json").contains("unknown key 'threshhold'")
                .contains("did you mean 'threshold'");
    }

    @Test
    void aBadValueIsAUsageErrorNamingTheKey() throws IOException {
        folder("{\"inputs\": [\"r.csv\"], \"threshold\": \"most\"}");
        CliRun run = CliRun.run("tally", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("election.json: key 'threshold'");
    }

    @Test
    void theCompleteExampleInTheReadmeRuns() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json\n") + "```json\n".length();
        Files.writeString(dir.resolve("election.json"), readme.substring(start, readme.indexOf("```", start)));
        Files.copy(Path.of("samples/ch-2020-responsible-business/results.csv"), dir.resolve("results.csv"));
        CliRun run = CliRun.run("tally", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("double-majority: REJECTED").contains("8.5 : 14.5");
    }
}
