package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines that would count the same data twice or overwrite what they read
 * (docs/hostile-input.md): each is refused before anything is read or written, with one line and
 * a documented exit code, and every input is left as it was.
 */
class HostilePathsTest {

    private static final String BALLOTS = "jurisdiction,choice\nZH,YES\nBE,NO\n";

    @TempDir
    Path dir;
    Path input;

    @BeforeEach
    void setUp() throws IOException {
        input = Files.writeString(dir.resolve("b.csv"), BALLOTS);
    }

    private static void assertRefused(CliRun run, int exit, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines()).hasSize(1).first().asString().isEqualTo("reftally: " + message);
        assertThat(run.out()).isEmpty();
    }

    /** Nothing in the folder but {@code names}: no report, no rejects, no temporary file left. */
    private void assertOnly(String... names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(names);
        }
    }

    @Test
    void theSameFileTwiceIsAUsageError() throws IOException {
        assertRefused(CliRun.run("tally", input.toString(), input.toString()), ExitCodes.USAGE,
                input + " is the same file as " + input + "; give each input once (its rows would be counted twice)");
        Path dotted = dir.resolve(".").resolve("b.csv");
        assertRefused(CliRun.run("tally", input.toString(), dotted.toString()), ExitCodes.USAGE,
                dotted + " is the same file as " + input + "; give each input once (its rows would be counted twice)");
    }

    @Test
    void aLinkToAnInputIsTheSameFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), input);
        assertRefused(CliRun.run("tally", input.toString(), link.toString()), ExitCodes.USAGE,
                link + " is the same file as " + input + "; give each input once (its rows would be counted twice)");
    }

    @Test
    void aCopyUnderAnotherNameIsAUsageError() throws IOException {
        Path copy = Files.copy(input, dir.resolve("copy.csv"));
        CliRun run = CliRun.run("tally", input.toString(), copy.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("reftally: " + copy + " holds the same bytes as " + input + " (SHA-256 ")
                .contains("its rows would be counted twice");
    }

    @Test
    void anOutputThatIsALinkToAnInputIsRefusedAndTheInputKept() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), input);
        assertRefused(CliRun.run("tally", input.toString(), "-o", link.toString()), ExitCodes.FILE,
                link + ": is also an input; refusing to overwrite it");
        assertThat(Files.readString(input)).isEqualTo(BALLOTS);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aRejectsFileThatIsAnInputIsRefusedAndTheInputKept() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("rejects.csv"), input);
        assertRefused(CliRun.run("tally", input.toString(), "--rejects", input.toString()), ExitCodes.FILE,
                input + ": is also an input; refusing to overwrite it");
        assertRefused(CliRun.run("tally", input.toString(), "--rejects", link.toString()), ExitCodes.FILE,
                link + ": is also an input; refusing to overwrite it");
        assertThat(Files.readString(input)).isEqualTo(BALLOTS);
        assertOnly("b.csv", "rejects.csv");
    }

    @Test
    void aRejectsFileThatIsAlsoTheReportIsRefused() throws IOException {
        Path out = dir.resolve("out.csv");
        assertRefused(CliRun.run("tally", input.toString(), "-o", out.toString(), "--rejects", out.toString()),
                ExitCodes.FILE, out + ": is also the report file (-o); give the rejects a file of their own");
        assertOnly("b.csv");
    }

    @Test
    void aRejectsFileThatIsADirectoryIsRefused() {
        assertRefused(CliRun.run("tally", input.toString(), "--rejects", dir.toString()), ExitCodes.FILE,
                dir + ": is a directory; give a file name for the output");
    }

    @Test
    void anOutputOverTheJurisdictionFileIsRefused() throws IOException {
        Path set = Files.writeString(dir.resolve("set.csv"), "code,name\nZH,Zurich\nBE,Bern\n");
        assertRefused(CliRun.run("tally", input.toString(), "-j", set.toString(), "-o", set.toString()),
                ExitCodes.FILE, set + ": is also an input; refusing to overwrite it");
        assertThat(Files.readString(set)).startsWith("code,name");
    }

    @Test
    void anOutputOverTheElectionFileOfAFolderIsRefused() throws IOException {
        Path election = Files.writeString(dir.resolve("election.json"), "{\"inputs\": [\"b.csv\"]}");
        assertRefused(CliRun.run("tally", dir.toString(), "-o", election.toString()), ExitCodes.FILE,
                election + ": is also an input; refusing to overwrite it");
        assertThat(Files.readString(election)).isEqualTo("{\"inputs\": [\"b.csv\"]}");
    }

    @Test
    void aContestTheInputLacksIsAUsageErrorNotAnInternalOne() {
        CliRun run = CliRun.run("tally", input.toString(), "--contest", "nope");
        assertRefused(run, ExitCodes.USAGE, "--contest nope names no contest in the input (contests: referendum)");
    }
}
