package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tally command end to end: exit codes, one-line errors, rejects, strict mode and atomic output. */
class TallyCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Path ballots() throws IOException {
        return write("b.csv", "ballot_id,state,choice\n1,AA,YES\n2,AA,NO\n3,BB,YES\n");
    }

    private Path ballotsWithDuplicate() throws IOException {
        return write("d.csv", "ballot_id,state,choice\n1,AA,YES\n2,AA,NO\n1,BB,YES\n");
    }

    @Test
    void aCleanTallyExitsZeroAndReportsTheDecision() throws IOException {
        CliRun run = CliRun.run("tally", ballots().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("3 read = 3 counted + 0 rejected").contains("majority: ACCEPTED");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rejectedRowsMarkTheReportIncompleteAndExitThree() throws IOException {
        CliRun run = CliRun.run("tally", ballotsWithDuplicate().toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.out()).contains("INCOMPLETE").contains("3 read = 2 counted + 1 rejected");
        assertThat(run.err()).contains("d.csv:4: duplicate ballot_id");
    }

    @Test
    void rejectsFileListsEveryRejectedRowAsCsv() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = CliRun.run("tally", ballotsWithDuplicate().toString(), "--rejects", rejects.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(Files.readAllLines(rejects)).hasSize(2).first().isEqualTo("file,line,reason,raw");
        assertThat(Files.readAllLines(rejects).get(1)).contains("d.csv").contains(",4,").contains("1,BB,YES");
    }

    @Test
    void strictStopsAtTheFirstRejectAndWritesNoReport() throws IOException {
        Path report = dir.resolve("report.txt");
        CliRun run = CliRun.run("tally", ballotsWithDuplicate().toString(), "--strict", "-o", report.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(report).doesNotExist();
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingFileIsOneLineAndExitFour() {
        CliRun run = CliRun.run("tally", dir.resolve("nope.csv").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FILE);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("nope.csv");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBadOptionIsAUsageError() throws IOException {
        CliRun run = CliRun.run("tally", ballots().toString(), "--threshold", "more than half");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--threshold");
    }

    @Test
    void aQuorumWithoutElectorateIsAUsageError() throws IOException {
        CliRun run = CliRun.run("tally", ballots().toString(), "--quorum", "turnout>1/2");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("electorate");
    }

    @Test
    void aFailedRunLeavesThePreviousReportInPlace() throws IOException {
        Path report = write("report.txt", "the good report\n");
        Path broken = write("broken.csv", "");
        CliRun run = CliRun.run("tally", broken.toString(), "-o", report.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FILE);
        assertThat(Files.readString(report)).isEqualTo("the good report\n");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anOutputEqualToAnInputIsRefusedAndTheInputKept() throws IOException {
        Path input = ballots();
        String before = Files.readString(input);
        CliRun run = CliRun.run("tally", input.toString(), "-o", input.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FILE);
        assertThat(run.err()).contains("is also an input");
        assertThat(Files.readString(input)).isEqualTo(before);
    }

    @Test
    void anOutputThatIsADirectoryIsRefused() throws IOException {
        CliRun run = CliRun.run("tally", ballots().toString(), "-o", dir.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.FILE);
        assertThat(run.err()).contains("is a directory");
    }

    @Test
    void theReportFileIsWrittenWhole() throws IOException {
        Path report = dir.resolve("out.json");
        CliRun run = CliRun.run("tally", ballots().toString(), "-f", "json", "-o", report.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(report)).startsWith("{").endsWith("}\n").contains("\"format_version\": 1");
    }

    @Test
    void anOptionGivenWithARuleOverridesItAndTheReportSaysSo() throws IOException {
        Path returns = write("r.csv", "canton,YES,NO\nZH,60,40\nBE,40,60\n");
        CliRun run = CliRun.run("tally", returns.toString(), "--rule", "ch-people-and-cantons", "--threshold", ">=2/3");
        assertThat(run.out()).contains("Note: --threshold >=2/3 overrides the rule's >1/2");
    }

    @Test
    void theSameInputsGiveTheSameBytes() throws IOException {
        Path b = ballots();
        assertThat(CliRun.run("tally", b.toString(), "-f", "json").out())
                .isEqualTo(CliRun.run("tally", b.toString(), "-f", "json").out());
    }

    @Test
    void theThreadCountNeverChangesAnOutputByte() throws IOException {
        Path ballots = dir.resolve("big.csv");
        CliRun gen = CliRun.run("generate", "-j", "us", "--ballots", "200000", "--seed", "11", "--blank", "0.01",
                "--invalid", "0.01", "--duplicates", "25", "--malformed", "7", "-o", ballots.toString());
        assertThat(gen.exit()).as(gen.err()).isZero();
        assertThat(Files.size(ballots)).as("large enough for the parallel reader").isGreaterThan(2L << 20);
        CliRun one = CliRun.run("tally", ballots.toString(), "-j", "us", "-f", "json", "--threads", "1");
        assertThat(one.exit()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(one.out()).contains("\"rejected\": 32");
        for (String threads : new String[] {"2", "3", "0"}) {
            assertThat(CliRun.run("tally", ballots.toString(), "-j", "us", "-f", "json", "--threads", threads).out())
                    .as("threads %s", threads).isEqualTo(one.out());
        }
    }

    @Test
    void aCounterProposalNeedsItsThreeContests() throws IOException {
        Path b = ballots();
        CliRun two = CliRun.run("tally", b.toString(), "--counter-proposal", "initiative,counter");
        assertThat(two.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(two.err()).contains("three contests");
        CliRun missing = CliRun.run("tally", b.toString(), "--counter-proposal", "initiative,counter,tiebreak");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no contest initiative");
    }
}
