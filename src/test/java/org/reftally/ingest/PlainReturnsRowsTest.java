package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reftally.model.Count;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

/**
 * Which rows the wide returns fast path counts from their bytes, and which it leaves to OpenCSV:
 * without these, the differential test would pass just as well with the fast path never taken.
 */
class PlainReturnsRowsTest {

    @TempDir
    Path dir;

    private final List<String> rejects = new ArrayList<>();
    private TallyAccumulator accumulator;

    @Test
    void plainRowsAreCountedFromTheirBytes() throws IOException {
        PlainReturnsRows.Outcome out = read("state,precinct,YES,NO,blank\n", "CA,P1,10,20,1\n", "CA, P2 ,007, 3 ,\r\n",
                "TX,P1,0,0,0\n", "\n", "   \n");

        assertThat(out).isEqualTo(new PlainReturnsRows.Outcome(3, 3, 3));
        assertThat(rejects).isEmpty();
        ContestTally tally = accumulator.freeze().get(0).tally();
        Counts p2 = tally.units().get(new Unit(JurisdictionId.of("CA"), "P2"));
        assertThat(p2.votes()).containsExactly(7, 3);
        assertThat(p2.blank()).isEqualTo(Count.NOT_REPORTED);
        assertThat(tally.units().keySet()).extracting(Unit::toString).containsExactly("CA/P1", "CA/P2", "TX/P1");
    }

    @Test
    void rowsTheFastPathDoesNotJudgeGoToOpenCsvAndKeepTheirLines() throws IOException {
        PlainReturnsRows.Outcome out = read("state,precinct,YES,NO\n",
                "CA,P1,1,2\n", // plain
                "CA,\"P,2\",1,2\n", // quoted
                "ZH,Zürich,1,2\n", // not ASCII
                "CA,P3,1\n", // too few cells
                "CA,P4,1,x\n", // not a count
                "CA,P5,1,\n", // a missing count
                "CA,P6,1,1000000000000000000\n", // more digits than the fast path reads
                "CA,P1,5,5\n", // plain, but a unit given before
                "TX,P1,3,4\n"); // plain

        assertThat(out).isEqualTo(new PlainReturnsRows.Outcome(9, 5, 2));
        assertThat(rejects).containsExactly(
                "5: expected 4 cells as in the header, found 3",
                "6: bad count in column 'NO': 'x' is not a count (a whole number 0 or more)",
                "7: missing count in column 'NO'",
                "9: duplicate returns for CA area 'P1' in contest 'referendum', first given at f.csv:2");
    }

    private PlainReturnsRows.Outcome read(String... lines) throws IOException {
        Path path = dir.resolve("f.csv");
        Files.writeString(path, String.join("", lines));
        IngestOptions options = IngestOptions.defaults();
        JurisdictionResolver jurisdictions = new JurisdictionResolver(Optional.empty());
        accumulator = new TallyAccumulator();
        try (LineSource source = new LineSource("f.csv", Files.newInputStream(path), null)) {
            CsvRows csv = new CsvRows(source, "f.csv", false);
            CsvRow first = csv.header();
            Header header = new Header("f.csv", first.line(), first.cells());
            ReturnsCounter counter = new ReturnsCounter(ReturnsLayout.of(header, options), accumulator, options,
                    jurisdictions, new SeenUnits(), "f.csv", name -> { });
            return new PlainReturnsRows(source, csv, counter, jurisdictions, header.size(),
                    (line, reason, raw) -> rejects.add(line + ": " + reason), new ProgressMeter(Progress.NONE)).read();
        }
    }
}
