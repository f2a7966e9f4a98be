package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ReportFixtures.render;

import com.opencsv.CSVReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;
import org.reftally.scheme.Decision;
import org.reftally.scheme.PluralityOutcome;

class CsvRendererTest {

    private final CsvRenderer renderer = new CsvRenderer();

    @Test
    void unreportedCountsHaveAnEmptyValueAndPartialOnesAreMarkedIncomplete() throws Exception {
        String csv = render(renderer, ReportFixtures.incomplete());
        assertThat(csv).contains("Flag,TOTAL,national total,,blank,,5,,false\n")
                .contains("Flag,TOTAL,national total,,electorate,,4000,,false\n")
                .contains("Flag,XB,XB,,blank,,,,false\n")
                .contains("Flag,XB,XB,,electorate,,,,false\n")
                .contains("Flag,XB,XB,,cast,,60,,false\n")
                .contains("Flag,XB,XB,,votes,Blue,30,50.00,true\n");
    }

    @Test
    void areasFollowTheirJurisdictionsRowsInAreaOrder() throws Exception {
        List<String> lines = render(renderer, ReportFixtures.withAreas()).lines().toList();
        assertThat(lines).containsSubsequence(
                "Proposal 1,ZH,Zürich,,votes,YES,90,45.00,true",
                "Proposal 1,ZH,Zürich,,weight,,1,,true",
                "Proposal 1,ZH,Zürich,Uster,votes,YES,30,30.00,true",
                "Proposal 1,ZH,Zürich,Uster,electorate,,,,false",
                "Proposal 1,ZH,Zürich,Winterthur,votes,YES,60,60.00,true",
                "Proposal 1,BE,Bern,,votes,YES,5,50.00,true",
                "Proposal 1,BE,Bern,Thun,votes,YES,5,50.00,true");
        assertThat(lines).noneMatch(l -> l.contains(",Uster,weight,"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void inputTextStartingWithAFormulaTriggerIsNeutralised(String trigger) throws Exception {
        String evil = trigger + "HYPERLINK(\"http://x\")";
        Contest contest = new Contest(evil + "c", List.of(OptionId.of("YES"), OptionId.of("NO")));
        // Option, contest and area names are stripped by the model: a tab or CR survives only inside.
        ContestTally tally = new ContestTally(contest, Map.of(new Unit(JurisdictionId.of("A"), "x"),
                new Counts(new long[] {1, 0}, Count.of(0), Count.of(1), 0, Map.of(evil, 1L), Count.NOT_REPORTED)));
        JurisdictionSet set = new JurisdictionSet("S",
                List.of(ReportFixtures.canton("A", "n" + evil, Fraction.ONE)), false);
        PluralityOutcome outcome = new PluralityOutcome(evil, Decision.ACCEPTED, Optional.of(OptionId.of("YES")),
                List.of(), 1, 1, List.of(), List.of(evil, "second"), evil);
        Report report = new Report("T", List.of(), set, List.of(new Report.ContestResult(tally, List.of(outcome))),
                true);

        String csv = render(renderer, report);
        // Checked on the raw text: a CSV reader would turn the carriage return into a line feed.
        String guarded = quoted("'" + evil);
        assertThat(csv).contains(",unrecognised," + guarded + ",1,,true\n")
                .contains(",plurality,accepted,YES," + guarded + "," + quoted("'" + evil + " | second") + "\n");
        assertThat(parse(csv)).allSatisfy(row -> {
            for (String cell : row) {
                assertThat(cell).doesNotStartWith(trigger);
            }
        });
        assertThat(FormulaGuard.neutralise(evil)).isEqualTo("'" + evil);
    }

    @Test
    void harmlessTextAndOurOwnFiguresAreLeftAlone() {
        assertThat(FormulaGuard.neutralise("YES")).isEqualTo("YES");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.neutralise("1-2")).isEqualTo("1-2");
        assertThat(FormulaGuard.neutralise("'=1")).isEqualTo("'=1");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuotedAsRfc4180Says() throws Exception {
        Contest contest = Contest.of("Yes, \"really\"", "A\nB", "C");
        ContestTally tally = new ContestTally(contest, Map.of(ReportFixtures.unit("A"),
                new Counts(new long[] {1, 0}, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED)));
        Report report = new Report("T", List.of(), JurisdictionSet.implicit(List.of(JurisdictionId.of("A"))),
                List.of(new Report.ContestResult(tally, List.of())), true);
        String csv = render(renderer, report);
        assertThat(csv).contains("\"Yes, \"\"really\"\"\",TOTAL,national total,,votes,\"A\nB\",1,100.00,true\n");
        assertThat(parse(csv).get(1)[5]).isEqualTo("A\nB");
    }

    @Test
    void countsAndDecisionsCanBeWrittenAsSeparateTables() throws Exception {
        StringWriter counts = new StringWriter();
        StringWriter decisions = new StringWriter();
        renderer.renderCounts(ReportFixtures.complete(), RenderOptions.DEFAULT, counts);
        renderer.renderDecisions(ReportFixtures.complete(), RenderOptions.DEFAULT, decisions);
        assertThat(counts + "\n" + decisions).isEqualTo(render(renderer, ReportFixtures.complete()));
        assertThat(decisions.toString()).startsWith(String.join(",", CsvRenderer.DECISIONS_HEADER) + "\n");
        assertThat(counts.toString()).startsWith(String.join(",", CsvRenderer.COUNTS_HEADER) + "\n");
    }

    @Test
    void renderingTwiceGivesTheSameBytesWithLineFeeds() throws Exception {
        String first = render(renderer, ReportFixtures.incomplete());
        assertThat(first).isEqualTo(render(renderer, ReportFixtures.incomplete()));
        assertThat(first).doesNotContain("\r").endsWith("1,235.\"\n");
    }

    @Test
    void decimalsApplyToThePercentColumn() throws Exception {
        StringWriter out = new StringWriter();
        renderer.render(ReportFixtures.complete(), new RenderOptions(0), out);
        assertThat(out.toString()).contains("Proposal 1,TOTAL,national total,,votes,YES,566456,51,true\n")
                .contains("Proposal 1,BE,Bern,,votes,YES,250000,49.9999,true\n");
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static List<String[]> parse(String csv) throws Exception {
        try (CSVReader reader = new CSVReader(new StringReader(csv))) {
            return reader.readAll();
        }
    }
}
