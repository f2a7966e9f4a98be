package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.ingest.TestInputs.contest;
import static org.reftally.ingest.TestInputs.options;
import static org.reftally.ingest.TestInputs.opts;
import static org.reftally.ingest.TestInputs.unit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.InputSummary;
import org.reftally.model.OptionId;

class BallotIngestTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @Test
    void eachBallotIsValidBlankOrInvalid() {
        Path f = in.csv("b.csv", "jurisdiction,choice",
                "ZH,YES", "ZH,no", "ZH, Yes ", "ZH,", "ZH,YES|NO", "ZH,maybe", "ZH,Maybe", "ZH,maybe ", "BE,NO");
        IngestResult r = in.read(f);

        Counts zh = unit(r, "referendum", "ZH");
        assertThat(zh.votes()).containsExactly(2, 1);
        assertThat(zh.blank()).isEqualTo(Count.of(1));
        assertThat(zh.overvotes()).isEqualTo(1);
        assertThat(zh.unrecognised()).containsExactly(Map.entry("Maybe", 1L), Map.entry("maybe", 2L));
        assertThat(zh.invalid()).isEqualTo(Count.of(4));
        assertThat(zh.cast()).isEqualTo(Count.of(8));
        assertThat(zh.electorate()).isEqualTo(Count.NOT_REPORTED);
        assertThat(unit(r, "referendum", "BE").votes()).containsExactly(0, 1);
        assertThat(in.rejects).isEmpty();
    }

    @Test
    void blankBallotsAreCastButNotValid() {
        IngestResult r = in.read(in.csv("b.csv", "jurisdiction,choice", "ZH,", "ZH,  ", "ZH,YES"));
        Counts zh = unit(r, "referendum", "ZH");
        assertThat(zh.valid()).isEqualTo(1);
        assertThat(zh.blank()).isEqualTo(Count.of(2));
        assertThat(zh.cast()).isEqualTo(Count.of(3));
    }

    @Test
    void overvoteNeedsTwoDifferentMarks() {
        IngestResult r = in.read(in.csv("b.csv", "jurisdiction,choice",
                "ZH,YES|yes", "ZH,YES|", "ZH,|", "ZH,YES|maybe", "ZH,NO | YES"));
        Counts zh = unit(r, "referendum", "ZH");
        assertThat(zh.votes()).containsExactly(2, 0);
        assertThat(zh.blank()).isEqualTo(Count.of(1));
        assertThat(zh.overvotes()).isEqualTo(2);
        assertThat(zh.unrecognised()).isEmpty();
    }

    @Test
    void declaredOptionsMatchAnyCaseAndKeepTheirSpelling() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,remain", "ZH,LEAVE", "ZH, Remain", "ZH,yes");
        IngestResult r = in.read(options(null, Map.of("", opts("Remain", "Leave")), null), f);

        assertThat(contest(r, "referendum").contest().options()).containsExactly(OptionId.of("Remain"),
                OptionId.of("Leave"));
        Counts zh = unit(r, "referendum", "ZH");
        assertThat(zh.votes()).containsExactly(2, 1);
        assertThat(zh.unrecognised()).containsExactly(Map.entry("yes", 1L));
    }

    @Test
    void everyOtherColumnOfAMultiContestBallotIsAContest() {
        Path f = in.csv("b.csv", "ballot_id,state,county,Prop 1,Measure B",
                "1,CA,Alameda,yes,no", "2,CA,Alameda,no,", "3,CA,Kern,YES,YES");
        IngestResult r = in.read(f);

        assertThat(r.tally().contests()).extracting(c -> c.contest().name()).containsExactly("Prop 1", "Measure B");
        assertThat(unit(r, "Prop 1", "CA", "Alameda").votes()).containsExactly(1, 1);
        assertThat(unit(r, "Measure B", "CA", "Alameda").votes()).containsExactly(0, 1);
        assertThat(unit(r, "Measure B", "CA", "Alameda").blank()).isEqualTo(Count.of(1));
        assertThat(unit(r, "Measure B", "CA", "Kern").votes()).containsExactly(1, 0);
    }

    @Test
    void contestOptionPicksOneContestAndStillChecksEveryRow() {
        Path f = in.csv("b.csv", "jurisdiction,Prop 1,Measure B", "CA,yes,no", ",yes,no", "NV,no,no");
        IngestResult r = in.read(options("measure b", Map.of(), null), f);

        assertThat(r.tally().contests()).extracting(c -> c.contest().name()).containsExactly("Measure B");
        assertThat(contest(r, "Measure B").totals(r.jurisdictions()).votes()).containsExactly(0, 2);
        assertThat(in.rejectLines()).containsExactly(f + ":3: missing jurisdiction");
    }

    @Test
    void contestOptionNamingNoContestListsTheContests() {
        Path f = in.csv("b.csv", "jurisdiction,Prop 1,Measure B", "CA,yes,no");
        assertThatThrownBy(() -> in.read(options("Prop 2", Map.of(), null), f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--contest Prop 2 names no contest in the input (contests: Prop 1, Measure B)");
    }

    @Test
    void optionsForAContestTheInputLacksAreAnError() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "CA,yes");
        assertThatThrownBy(() -> in.read(options(null, Map.of("Prop 9", opts("A", "B")), null), f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--options Prop 9=... names no contest in the input (contests: referendum)");
    }

    @Test
    void contestSpecificOptionsWinOverOptionsForAll() {
        Path f = in.csv("b.csv", "jurisdiction,P1,P2", "CA,A,yes", "CA,B,no");
        IngestResult r = in.read(options(null, Map.of("", opts("yes", "no"), "p1", opts("A", "B", "C")), null), f);
        assertThat(unit(r, "P1", "CA").votes()).containsExactly(1, 1, 0);
        assertThat(unit(r, "P2", "CA").votes()).containsExactly(1, 1);
    }

    @Test
    void areaColumnSplitsAJurisdictionIntoUnits() {
        IngestResult r = in.read(in.csv("b.csv", "canton,municipality,choice", "ZH,Winterthur,YES",
                "ZH,Zürich,NO", "ZH,Zürich,NO"));
        assertThat(unit(r, "referendum", "ZH", "Winterthur").votes()).containsExactly(1, 0);
        assertThat(unit(r, "referendum", "ZH", "Zürich").votes()).containsExactly(0, 2);
        assertThat(contest(r, "referendum").hasAreas()).isTrue();
    }

    @Test
    void headerNamesAreTrimmedAndMatchedInAnyCase() {
        IngestResult r = in.read(in.csv("b.csv", " Choice , JURISDICTION ", "yes,zh"));
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 0);
    }

    @Test
    void readsAByteOrderMarkAndCrlfLineEnds() {
        byte[] body = "jurisdiction,choice\r\nZH,YES\r\nZH,NO\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        IngestResult r = in.read(in.bytes("bom.csv", withBom));
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 1);
        assertThat(r.inputs().get(0).bytes()).isEqualTo(withBom.length);
    }

    @Test
    void detectsSemicolonAndTabSeparators() {
        IngestResult semi = in.read(in.csv("semi.csv", "jurisdiction;choice", "ZH;YES", "BE;\"a;b\""));
        assertThat(unit(semi, "referendum", "ZH").votes()).containsExactly(1, 0);
        assertThat(unit(semi, "referendum", "BE").unrecognised()).containsExactly(Map.entry("a;b", 1L));

        IngestResult tab = in.read(in.csv("tab.tsv", "jurisdiction\tchoice", "ZH\tNO", "ZH\tYES, please"));
        assertThat(unit(tab, "referendum", "ZH").votes()).containsExactly(0, 1);
        assertThat(unit(tab, "referendum", "ZH").unrecognised()).containsKey("YES, please");
    }

    @Test
    void lastLineWithoutNewlineIsARow() {
        IngestResult r = in.read(in.bytes("b.csv", "jurisdiction,choice\nZH,YES\nZH,NO".getBytes()));
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 1);
        assertThat(r.inputs().get(0).rows()).isEqualTo(2);
    }

    @Test
    void blankLinesAreNotRows() {
        IngestResult r = in.read(in.csv("b.csv", "", "jurisdiction,choice", "ZH,YES", "", "   ", "ZH,NO", ""));
        InputSummary s = r.inputs().get(0);
        assertThat(s.rows()).isEqualTo(2);
        assertThat(s.counted()).isEqualTo(2);
        assertThat(in.rejects).isEmpty();
    }

    @Test
    void aQuotedCellMaySpanLines() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,\"multi", "line\"", "ZH,YES");
        IngestResult r = in.read(f);
        assertThat(unit(r, "referendum", "ZH").unrecognised()).containsExactly(Map.entry("multi\nline", 1L));
        assertThat(r.inputs().get(0).rows()).isEqualTo(2);
    }

    @Test
    void wrongNumberOfCellsIsRejected() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,YES,extra", "ZH", "ZH,NO");
        IngestResult r = in.read(f);
        assertThat(in.rejectLines()).containsExactly(
                f + ":2: expected 2 cells as in the header, found 3",
                f + ":3: expected 2 cells as in the header, found 1");
        assertThat(in.rejects.get(0).raw()).isEqualTo("ZH,YES,extra");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(0, 1);
    }

    @Test
    void anUnbalancedQuoteRejectsOnlyItsOwnLine() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,\"YES", "ZH,NO", "ZH,\"YE\"S", "BE,YES");
        IngestResult r = in.read(f);
        assertThat(in.rejects).extracting(Reject::line).containsExactly(2L, 4L);
        assertThat(in.rejects.get(0).reason()).startsWith("unbalanced quote");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(0, 1);
        assertThat(unit(r, "referendum", "BE").votes()).containsExactly(1, 0);
        InputSummary s = r.inputs().get(0);
        assertThat(s.rows()).isEqualTo(4);
        assertThat(s.counted() + s.rejected()).isEqualTo(s.rows());
    }

    @Test
    void anUnclosedQuoteCannotSwallowTheFile() {
        String[] lines = new String[CsvRows.MULTILINE_LIMIT + 50];
        lines[0] = "jurisdiction,choice";
        lines[1] = "ZH,\"YES";
        for (int i = 2; i < lines.length; i++) {
            lines[i] = "ZH,NO";
        }
        IngestResult r = in.read(in.csv("b.csv", lines));
        assertThat(in.rejects).extracting(Reject::line).containsExactly(2L);
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(0, lines.length - 2);
    }

    @Test
    void missingJurisdictionIsRejected() {
        Path f = in.csv("b.csv", "jurisdiction,choice", " ,YES", "ZH,YES");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":2: missing jurisdiction");
        assertThat(in.rejects.get(0).raw()).isEqualTo(" ,YES");
    }

    @Test
    void jurisdictionNotInTheDeclaredSetIsRejected() {
        Path f = in.csv("b.csv", "canton,choice", "ZH,YES", "XX,YES", "zh,NO");
        IngestResult r = in.read(options(null, Map.of(), JurisdictionSets.load("ch")), f);
        assertThat(in.rejectLines()).containsExactly(f + ":3: jurisdiction 'XX' is not in the jurisdiction set ch");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 1);
        assertThat(r.jurisdictions().name()).isEqualTo("ch");
    }

    @Test
    void implicitJurisdictionsAreThoseOfCountedRows() {
        IngestResult r = in.read(in.csv("b.csv", "state,choice", "wy,YES", "AK,NO", ",NO"));
        assertThat(r.jurisdictions().isImplicit()).isTrue();
        assertThat(r.jurisdictions().members()).extracting(j -> j.id().code()).containsExactly("AK", "WY");
    }

    @Test
    void rowsReadAreCountedPlusRejectedInEveryFile() {
        Path a = in.csv("a.csv", "jurisdiction,choice", "ZH,YES", ",NO", "ZH,NO,x", "ZH,\"");
        Path b = in.csv("b.csv", "jurisdiction,choice", "BE,YES");
        IngestResult r = in.read(a, b);
        assertThat(r.inputs()).extracting(InputSummary::rows, InputSummary::counted, InputSummary::rejected)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, 1L, 3L),
                        org.assertj.core.groups.Tuple.tuple(1L, 1L, 0L));
        assertThat(r.complete()).isFalse();
        assertThat(in.rejects).hasSize(3);
    }

    @Test
    void strictModeStopsAtTheFirstRejectWithoutPassingItToTheSink() {
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,YES", ",NO", ",NO");
        IngestOptions strict = IngestOptions.defaults().withStrict(true);
        assertThatThrownBy(() -> in.read(strict, f))
                .isInstanceOfSatisfying(StrictModeException.class, e -> {
                    assertThat(e.reject()).isEqualTo(new Reject(f.toString(), 3, "missing jurisdiction", ",NO"));
                    assertThat(e.getMessage()).startsWith(f + ":3: missing jurisdiction");
                });
        assertThat(in.rejects).isEmpty();
    }

    @Test
    void filesAreTalliedTogether() {
        Path a = in.csv("a.csv", "jurisdiction,choice", "ZH,YES");
        Path b = in.csv("b.csv", "jurisdiction,choice", "ZH,NO", "BE,no");
        IngestResult r = in.read(a, b);
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 1);
        assertThat(contest(r, "referendum").totals(r.jurisdictions()).votes()).containsExactly(1, 2);
        assertThat(r.inputs()).extracting(InputSummary::path).containsExactly(a.toString(), b.toString());
        assertThat(r.inputs()).extracting(InputSummary::kind).containsOnly("ballots");
    }

    @Test
    void aContestWithNoCountedRowStillAppears() {
        IngestResult r = in.read(in.csv("b.csv", "jurisdiction,choice", ",YES"));
        assertThat(contest(r, "referendum").units()).isEmpty();
        assertThat(r.tally().contests()).hasSize(1);
    }

    @Test
    void rawTextOfARejectIsCutToAThousandCharacters() {
        String longCell = "x".repeat(5000);
        in.read(in.csv("b.csv", "jurisdiction,choice", "ZH,YES", "," + longCell));
        assertThat(in.rejects.get(0).raw()).hasSize(Reject.MAX_RAW);
        assertThat(List.copyOf(in.rejects)).hasSize(1);
    }
}
