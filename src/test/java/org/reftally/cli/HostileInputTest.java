package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken input files end to end (docs/hostile-input.md): each gives one clear line
 * naming the file (and line) and a documented exit code, or rejects its row and says so, with no
 * stack trace, and counts nothing it should not. Files of 1 MiB or more take the parallel reader,
 * smaller ones the sequential reader; where the two could differ, both are run.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A ballots file: header, {@code lines}, then ZH,NO rows until it has at least {@code size} bytes. */
    private Path ballots(String name, long size, String... lines) throws IOException {
        StringBuilder b = new StringBuilder("jurisdiction,choice\n");
        for (String line : lines) {
            b.append(line).append('\n');
        }
        while (b.length() < size) {
            b.append("ZH,NO\n");
        }
        return write(name, b.toString());
    }

    /** A failed run: the exit code, one line on stderr that says {@code message}, no stack trace, no report. */
    private static void assertRefused(CliRun run, int exit, String message) {
        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(run.err().lines()).as(run.err()).hasSize(1).first().asString()
                .isEqualTo("reftally: " + message);
        assertThat(run.out()).isEmpty();
    }

    /** A run that counted what it could and rejected the rest: exit 3, the rejects on stderr, no stack trace. */
    private static void assertIncomplete(CliRun run, String... rejects) {
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.err().lines()).containsExactly(rejects);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path f = write("empty.csv", "");
        assertRefused(CliRun.run("tally", f.toString()), ExitCodes.FILE,
                f + ": the file is empty; expected a header row (e.g. jurisdiction,choice)");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws IOException {
        Path f = write("header.csv", "jurisdiction,choice\n");
        assertRefused(CliRun.run("tally", f.toString()), ExitCodes.FILE, f + ": the file has a header but no data rows");
    }

    @ParameterizedTest(name = "at least {0} bytes")
    @ValueSource(ints = {0, 1 << 20})
    void aLastRowWithoutANewlineIsCounted(int size) throws IOException {
        Path f = ballots("b.csv", size, "BE,YES");
        Files.writeString(f, "GE,YES", java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.run("tally", f.toString(), "-f", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("\"rejected\": 0").contains("\"id\": \"GE\"");
    }

    @Test
    void binaryGarbageIsRefusedNamingTheLine() throws IOException {
        byte[] garbage = new byte[3 << 20];
        new Random(42).nextBytes(garbage);
        garbage[0] = (byte) 0xC0; // never valid UTF-8: the failure is on line 1 whatever the seed gives
        Path f = write("garbage.bin", garbage);
        assertRefused(CliRun.run("tally", f.toString()), ExitCodes.FILE,
                f + ":1: not valid UTF-8 (byte 1 of the line); save the file as UTF-8");
    }

    @ParameterizedTest(name = "at least {0} bytes")
    @ValueSource(ints = {0, 1 << 20})
    void invalidUtf8IsRefusedNamingTheLineOnBothReaders(int size) throws IOException {
        Path good = ballots("good.csv", size, "ZH,YES");
        byte[] head = Files.readAllBytes(good);
        byte[] latin1 = "GE,Gen\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + latin1.length);
        System.arraycopy(latin1, 0, bytes, head.length, latin1.length);
        Path f = write("latin1.csv", bytes);
        long line = new String(head, StandardCharsets.US_ASCII).lines().count() + 1;
        assertRefused(CliRun.run("tally", f.toString(), "--threads", "2"), ExitCodes.FILE,
                f + ":" + line + ": not valid UTF-8 (byte 7 of the line); save the file as UTF-8");
    }

    @Test
    void aNulByteRejectsItsRowAndItsJurisdictionIsNotCounted() throws IOException {
        Path f = write("nul.csv", "jurisdiction,choice\nZH,YES\nG\u0000E,YES\nBE,NO\n");
        CliRun run = CliRun.run("tally", f.toString(), "-f", "json");
        assertIncomplete(run, f + ":3: a control character (U+0000 at character 2 of the line); is this a binary file?");
        assertThat(run.out()).contains("\"counted\": 2").doesNotContain("\"id\": \"G");
    }

    @ParameterizedTest(name = "at least {0} bytes")
    @ValueSource(ints = {0, 3 << 20})
    void aQuoteNeverClosedRejectsOnlyItsLine(int size) throws IOException {
        Path f = ballots("unclosed.csv", size, "ZH,YES", "BE,\"YES");
        CliRun run = CliRun.run("tally", f.toString(), "-f", "json", "--threads", "2");
        assertIncomplete(run, f + ":3: unbalanced quote: a quoted cell does not close (or has text after its"
                + " closing quote)");
        assertThat(run.out()).contains("\"rejected\": 1").doesNotContain("\"id\": \"BE\"");
    }

    @Test
    void aLineOverOneMebibyteIsRefusedOnBothReaders() throws IOException {
        String longLine = "ZH," + "9".repeat(1 << 20);
        Path ballots = ballots("b.csv", 0, "ZH,YES", longLine, "BE,NO");
        Path returns = write("r.csv", "jurisdiction,yes,no\nZH,1,2\n" + longLine + "\n"); // always sequential
        assertRefused(CliRun.run("tally", ballots.toString()), ExitCodes.FILE,
                ballots + ":3: line longer than 1 MiB; is this really a CSV file?");
        assertRefused(CliRun.run("tally", returns.toString()), ExitCodes.FILE,
                returns + ":3: line longer than 1 MiB; is this really a CSV file?");
    }

    @Test
    void anEndlessInputStopsInsteadOfHanging() {
        Assumptions.assumeTrue(Files.isReadable(Path.of("/dev/zero")), "needs /dev/zero");
        assertRefused(CliRun.run("tally", "/dev/zero"), ExitCodes.FILE,
                "/dev/zero:1: line longer than 1 MiB; is this really a CSV file?");
    }

    @ParameterizedTest(name = "at least {0} bytes")
    @ValueSource(ints = {0, 1 << 20})
    void aRowOfAHundredThousandCellsIsRejected(int size) throws IOException {
        Path f = ballots("wide.csv", size, "ZH,YES", "ZH" + ",x".repeat(99_999));
        assertIncomplete(CliRun.run("tally", f.toString(), "--threads", "2"),
                f + ":3: expected 2 cells as in the header, found 100000");
    }

    @Test
    void aHeaderOfTooManyColumnsIsRefused() throws IOException {
        Path f = write("cols.csv", "jurisdiction" + ",q".repeat(1000) + "\n");
        assertRefused(CliRun.run("tally", f.toString()), ExitCodes.FILE, f + ":1: the header has 1001 columns;"
                + " reftally reads at most 1000 (one per contest or option); is this really a ballots or returns file?");
    }

    @Test
    void aHeaderRepeatedInsideTheDataIsRejected() throws IOException {
        Path f = write("joined.csv", "state,choice\nCA,YES\nstate,choice\nTX,NO\n");
        assertIncomplete(CliRun.run("tally", f.toString()), f + ":3: 'state' is a column name, not a jurisdiction:"
                + " this row repeats a header; were two files joined?");
    }

    @Test
    void headersDifferingOnlyInCaseOrSpacesAreAccepted() throws IOException {
        Path f = write("b.csv", "\"Jurisdiction \",CHOICE\nZH,YES\n");
        assertThat(CliRun.run("tally", f.toString()).exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aDuplicateOrMisspeltHeaderIsRefusedWithTheColumnMeant() throws IOException {
        Path twice = write("twice.csv", "jurisdiction,choice,Choice\nZH,YES,NO\n");
        Path typo = write("typo.csv", "jurisdicton,choice\nZH,YES\n");
        assertRefused(CliRun.run("tally", twice.toString()), ExitCodes.FILE,
                twice + ":1:3: column 'Choice' appears twice (also column 2)");
        assertRefused(CliRun.run("tally", typo.toString()), ExitCodes.FILE, typo + ":1: no jurisdiction column:"
                + " name one column jurisdiction, state, canton or region (column 1 'jurisdicton': did you mean"
                + " 'jurisdiction'?)");
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "+5                   | '+5' has a plus sign; write the digits only",
        "-5                   | '-5' is negative",
        "1.5                  | '1.5' is not a whole number",
        "1 000                | '1 000' has a thousands separator; write the digits only",
        "\"1,000\"            | '1,000' has a thousands separator; write the digits only",
        "1.000                | '1.000' is ambiguous (a thousands separator or a decimal point?); write the digits only",
        "9223372036854775808  | '9223372036854775808' is too large (the largest count is 9223372036854775807)",
    })
    void aCountThatIsNotPlainDigitsIsARejectedRowNamingTheColumn(String cell, String why) throws IOException {
        Path f = write("r.csv", "canton,yes,no\nZH,1,2\nBE,3," + cell.strip() + "\n");
        CliRun run = CliRun.run("tally", f.toString(), "-f", "json");
        assertIncomplete(run, f + ":3: bad count in column 'no': " + why);
        assertThat(run.out()).contains("\"counted\": 1").doesNotContain("\"id\": \"BE\"");
    }
}
