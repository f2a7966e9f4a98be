package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.TestInputs.unit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Well-encoded text that is still not a sound CSV file: a quote that never closes in a file of
 * megabytes, a multi-line record past the character cap, a row of 100,000 cells, a header of
 * more than 1,000 columns, a header repeated inside the data. Each rejects only what it must,
 * counts the rest, and the sequential and parallel readers agree (see {@link BothReaders}).
 */
class HostileRecordsTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    /** A ballots file of {@code rows} ZH,NO rows with {@code bad} as line {@code at}. */
    private Path ballots(String name, int rows, int at, String bad) {
        StringBuilder b = new StringBuilder("jurisdiction,choice\n");
        for (int line = 2; line <= rows + 2; line++) {
            b.append(line == at ? bad : "ZH,NO").append('\n');
        }
        return in.bytes(name, b.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void aQuoteNeverClosedInAFileOfMegabytesRejectsOnlyItsLineOnBothReaders() {
        int rows = 200_000; // 1.2 MB: the default tuning reads it in parallel too
        Path f = ballots("unclosed.csv", rows, 12, "BE,\"YES");
        BothReaders.Outcome out = BothReaders.read(List.of(f), IngestOptions.defaults(), 1 << 16, 1 << 20);
        assertThat(out.rejectLines()).containsExactly(f + ":12: unbalanced quote: a quoted cell does not close (or"
                + " has text after its closing quote)");
        IngestResult r = out.read();
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(0, rows);
        assertThat(r.jurisdictions().members()).hasSize(1);

        assertThat(f.toFile().length()).as("read in parallel by default").isGreaterThanOrEqualTo(
                ReadTuning.DEFAULT.parallelFrom());
        List<Reject> byDefault = new java.util.ArrayList<>();
        Ingest.read(List.of(f), IngestOptions.defaults(), byDefault::add);
        assertThat(byDefault).isEqualTo(out.rejects());
    }

    @Test
    void aQuoteClosingPastTheCharacterCapDoesNotSwallowTheLinesBetween() {
        // Line 2 opens a quote that line 8 closes, 5 long lines later: under the line cap but over
        // 1 Mi characters. Read as one record it would be one invalid ballot instead of 5.
        String longYes = "ZH,YES" + " ".repeat(300_000);
        Path f = in.csv("long-quote.csv", "jurisdiction,choice", "ZH,\"start", longYes, longYes, longYes, longYes,
                longYes, "end\"");
        assertThat(7).isLessThan(CsvRows.MULTILINE_LIMIT);
        BothReaders.Outcome out = BothReaders.read(List.of(f), IngestOptions.defaults(), 4096, 1 << 16);
        assertThat(out.rejects()).extracting(Reject::line).containsExactly(2L, 8L);
        assertThat(out.rejects().get(0).reason()).startsWith("unbalanced quote");
        assertThat(unit(out.read(), "referendum", "ZH").votes()).containsExactly(5, 0);
        assertThat(unit(out.read(), "referendum", "ZH").invalid().value()).isZero();
    }

    @Test
    void aQuoteOpenOnEveryLineCostsAFewLookaheadsPerLineAndRejectsEachLine() {
        String[] lines = new String[10_001];
        lines[0] = "jurisdiction,choice";
        java.util.Arrays.fill(lines, 1, lines.length, "ZH,\"YES");
        BothReaders.Outcome out = BothReaders.read(List.of(in.csv("quotes.csv", lines)), IngestOptions.defaults(),
                1 << 16);
        assertThat(out.rejects()).hasSize(10_000).allMatch(r -> r.reason().startsWith("unbalanced quote"));
    }

    @Test
    void aQuotedCellWithinTheCapsStillSpansLines() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,\"multi", "x".repeat(500_000) + "\"", "ZH,YES");
        BothReaders.Outcome out = BothReaders.read(f);
        assertThat(out.rejects()).isEmpty();
        assertThat(out.read().inputs().get(0).rows()).isEqualTo(2);
    }

    @Test
    void aRowOfAHundredThousandCellsIsRejectedAndTheNextRowsCounted() {
        String wide = "ZH" + ",x".repeat(99_999);
        Path f = in.csv("wide-row.csv", "jurisdiction,choice", "ZH,YES", wide, "BE,NO");
        BothReaders.Outcome out = BothReaders.read(f);
        assertThat(out.rejectLines()).containsExactly(f + ":3: expected 2 cells as in the header, found 100000");
        assertThat(out.rejects().get(0).raw()).hasSize(Reject.MAX_RAW);
        assertThat(out.read().inputs().get(0).counted()).isEqualTo(2);
    }

    @Test
    void aHeaderOfMoreThanAThousandColumnsIsRefusedAndAThousandAreRead() {
        StringBuilder header = new StringBuilder("jurisdiction");
        StringBuilder row = new StringBuilder("ZH");
        for (int i = 1; i < Header.MAX_COLUMNS; i++) {
            header.append(",q").append(i);
            row.append(",YES");
        }
        Path thousand = in.csv("thousand.csv", header.toString(), row.toString());
        assertThat(BothReaders.read(thousand).read().tally().contests()).hasSize(Header.MAX_COLUMNS - 1);

        Path more = in.csv("more.csv", header + ",q1000", row + ",YES");
        assertThat(BothReaders.read(more).failed()).isInstanceOf(InputFileException.class)
                .hasMessage(more + ":1: the header has 1001 columns; reftally reads at most 1000 (one per contest or"
                        + " option); is this really a ballots or returns file?");
    }

    @Test
    void aHeaderRepeatedInsideTheDataIsRejectedNotCountedAsAJurisdiction() {
        Path f = in.csv("joined.csv", "state,choice", "CA,YES", "State , Choice", "\uFEFFstate,choice", "TX,NO");
        BothReaders.Outcome out = BothReaders.read(f);
        assertThat(out.rejectLines()).containsExactly(
                f + ":3: 'State' is a column name, not a jurisdiction: this row repeats a header; were two files"
                        + " joined?",
                f + ":4: a byte order mark (U+FEFF at character 1 of the line): a file starts here again; were two"
                        + " files joined?");
        assertThat(out.read().jurisdictions().members()).extracting(j -> j.id().code()).containsExactly("CA", "TX");
    }

    @Test
    void aHeaderRepeatedInReturnsIsRejectedToo() {
        Path f = in.csv("r.csv", "canton,yes,no", "ZH,1,2", "canton,yes,no", "BE,3,4");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":3: 'canton' is a column name, not a jurisdiction: this"
                + " row repeats a header; were two files joined?");
    }

    @Test
    void aReasonQuotingAHugeCellIsCutInItsMiddleKeepingWhatIsWrong() {
        Path f = in.csv("b.csv", "canton,choice", "ZH,YES", "X".repeat(200_000) + ",NO");
        BothReaders.Outcome out = BothReaders.read(List.of(f), IngestOptions.defaults()
                .withJurisdictions(JurisdictionSets.load("ch")), 4096);
        String reason = out.rejects().get(0).reason();
        assertThat(reason).hasSize(Reject.MAX_REASON).startsWith("jurisdiction 'XXX").contains("X ... X")
                .endsWith("XXX' is not in the jurisdiction set ch");
    }

    @Test
    void anErrorQuotingAHugeHeaderNameIsCutToo() {
        Path f = in.csv("b.csv", "jurisdiction,choice,x" + "y".repeat(500_000), "ZH,YES,1");
        assertThat(BothReaders.read(f).failed()).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(f + ":1:3: unknown column 'xyyy")
                .hasMessageEndingWith("yyy' in a ballots file with a 'choice' column")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(Reject.MAX_REASON + 100));
    }
}
