package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reftally generate from the command line: deterministic, with an election file, and honest about errors. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() {
        String[] args = {"generate", "-j", "ch", "--ballots", "5000", "--seed", "3", "--spread", "0.1"};
        CliRun first = CliRun.run(args);
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("ballot_id,jurisdiction,choice\n");
        assertThat(first.out().lines()).hasSize(5001);
        assertThat(CliRun.run(args).out()).isEqualTo(first.out());
        args[6] = "4";
        assertThat(CliRun.run(args).out()).isNotEqualTo(first.out());
    }

    @Test
    void anElectionFileMakesTheGeneratedBallotsAZeroFlagRun() throws IOException {
        Path ballots = dir.resolve("ballots.csv");
        CliRun gen = CliRun.run("generate", "-j", "au", "--ballots", "3000", "--seed", "9", "--share",
                "YES=0.45,NO=0.55", "--duplicates", "12", "--malformed", "5", "-o", ballots.toString(),
                "--election-file");
        assertThat(gen.exit()).as(gen.err()).isZero();
        assertThat(dir.resolve("election.json")).isRegularFile();
        CliRun tally = CliRun.run("tally", dir.toString());
        assertThat(tally.exit()).as("17 planned faulty rows make the report incomplete").isEqualTo(
                ExitCodes.INCOMPLETE);
        assertThat(tally.out()).contains("3,000 read = 2,983 counted + 17 rejected").contains("Jurisdictions: au");
        assertThat(tally.err()).contains("duplicate ballot_id");
    }

    @Test
    void missingSettingsAreAUsageError() {
        CliRun run = CliRun.run("generate", "--ballots", "10");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--jurisdictions");
        assertThat(CliRun.run("generate", "-j", "us", "--ballots", "10", "--share", "YES=2").exit())
                .isEqualTo(ExitCodes.USAGE);
    }
}
