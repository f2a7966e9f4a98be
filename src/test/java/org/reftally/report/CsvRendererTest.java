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
    void completeReportIsRenderedExactly() throws Exception {
        assertThat(render(renderer, ReportFixtures.complete())).isEqualTo("""
                contest,jurisdiction,name,area,measure,option,value,percent_of_valid,complete
                Proposal 1,TOTAL,national total,,votes,YES,566456,51.08,true
                Proposal 1,TOTAL,national total,,votes,NO,542545,48.92,true
                Proposal 1,TOTAL,national total,,valid,,1109001,,true
                Proposal 1,TOTAL,national total,,blank,,7421,,true
                Proposal 1,TOTAL,national total,,invalid,,1744,,true
                Proposal 1,TOTAL,national total,,overvotes,,1460,,true
                Proposal 1,TOTAL,national total,,unrecognised,Ja,34,,true
                Proposal 1,TOTAL,national total,,unrecognised,MAYBE,250,,true
                Proposal 1,TOTAL,national total,,cast,,1118166,,true
                Proposal 1,TOTAL,national total,,electorate,,1722000,,true
                Proposal 1,ZH,Zürich,,votes,YES,312456,52.08,true
                Proposal 1,ZH,Zürich,,votes,NO,287544,47.92,true
                Proposal 1,ZH,Zürich,,valid,,600000,,true
                Proposal 1,ZH,Zürich,,blank,,4321,,true
                Proposal 1,ZH,Zürich,,invalid,,1234,,true
                Proposal 1,ZH,Zürich,,overvotes,,1000,,true
                Proposal 1,ZH,Zürich,,unrecognised,Ja,34,,true
                Proposal 1,ZH,Zürich,,unrecognised,MAYBE,200,,true
                Proposal 1,ZH,Zürich,,cast,,605555,,true
                Proposal 1,ZH,Zürich,,electorate,,950000,,true
                Proposal 1,ZH,Zürich,,weight,,1,,true
                Proposal 1,BE,Bern,,votes,YES,250000,49.9999,true
                Proposal 1,BE,Bern,,votes,NO,250001,50.0001,true
                Proposal 1,BE,Bern,,valid,,500001,,true
                Proposal 1,BE,Bern,,blank,,3000,,true
                Proposal 1,BE,Bern,,invalid,,500,,true
                Proposal 1,BE,Bern,,overvotes,,450,,true
                Proposal 1,BE,Bern,,unrecognised,MAYBE,50,,true
                Proposal 1,BE,Bern,,cast,,503501,,true
                Proposal 1,BE,Bern,,electorate,,760000,,true
                Proposal 1,BE,Bern,,weight,,1,,true
                Proposal 1,AI,Appenzell Innerrhoden,,votes,YES,4000,44.44,true
                Proposal 1,AI,Appenzell Innerrhoden,,votes,NO,5000,55.56,true
                Proposal 1,AI,Appenzell Innerrhoden,,valid,,9000,,true
                Proposal 1,AI,Appenzell Innerrhoden,,blank,,100,,true
                Proposal 1,AI,Appenzell Innerrhoden,,invalid,,10,,true
                Proposal 1,AI,Appenzell Innerrhoden,,overvotes,,10,,true
                Proposal 1,AI,Appenzell Innerrhoden,,cast,,9110,,true
                Proposal 1,AI,Appenzell Innerrhoden,,electorate,,12000,,true
                Proposal 1,AI,Appenzell Innerrhoden,,weight,,0.5,,true

                contest,scheme,decision,winner,deciding_figure,reasons
                Proposal 1,majority,accepted,YES,51.08% YES,"YES has 51.08% of valid votes (566,456 of 1,109,001), more than 1/2. | Turnout 64.93% (1,118,166 of 1,722,000) meets the quorum turnout>1/2."
                Proposal 1,plurality,accepted,YES,"566,456 YES","YES has the most valid votes: 566,456 of 1,109,001."
                """);
    }

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
