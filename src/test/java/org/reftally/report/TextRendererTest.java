package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ReportFixtures.render;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    @Test
    void renderingTwiceGivesTheSameCharacters() throws Exception {
        assertThat(render(renderer, ReportFixtures.complete())).isEqualTo(render(renderer, ReportFixtures.complete()));
        assertThat(render(renderer, ReportFixtures.incomplete()))
                .isEqualTo(render(renderer, ReportFixtures.incomplete()));
    }

    @Test
    void linesEndWithLineFeedOnlyAndNoTrailingSpaces() throws Exception {
        String text = render(renderer, ReportFixtures.complete());
        assertThat(text).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
        assertThat(text.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void oneRejectedRowIsNamedInTheSingular() throws Exception {
        Report one = new Report("T", List.of(new org.reftally.model.InputSummary("a.csv", ReportFixtures.SHA, 1,
                "ballots", 2, 1, 1)), ReportFixtures.complete().jurisdictions(), List.of(), false);
        assertThat(render(renderer, one))
                .contains("*** INCOMPLETE: 1 row rejected: the figures below do not include them. ***")
                .contains("kind     ballots, 1 byte");
    }

    @Test
    void electorateAndTurnoutColumnsAreLeftOutWhenNoJurisdictionReportsAnElectorate() throws Exception {
        Contest contest = Contest.of("Q", "YES", "NO");
        ContestTally tally = new ContestTally(contest, Map.of(ReportFixtures.unit("A"),
                new Counts(new long[] {3, 1}, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED)));
        Report report = new Report("T", List.of(), JurisdictionSet.implicit(List.of(JurisdictionId.of("A"))),
                List.of(new Report.ContestResult(tally, List.of())), true);
        String text = render(renderer, report);
        assertThat(text).contains("  Code  YES  NO   YES %  Blank  Invalid  Cast\n")
                .contains("  Electorate            not reported\n")
                .contains("  Turnout                                n/a  electorate not reported\n")
                .contains("Decisions\n  none: no scheme was applied\n");
    }

    @Test
    void lineBreaksAndTerminalEscapesInNamesCannotBreakTheLayout() throws Exception {
        Contest contest = Contest.of("Line\nbreak", "Y\u001b[2JES", "NO");
        ContestTally tally = new ContestTally(contest, Map.of(ReportFixtures.unit("A"),
                new Counts(new long[] {3, 1}, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED)));
        Report report = new Report("T", List.of(), JurisdictionSet.implicit(List.of(JurisdictionId.of("A"))),
                List.of(new Report.ContestResult(tally, List.of())), true);
        String text = render(renderer, report);
        assertThat(text).contains("Contest: Line break\n").contains("Y\uFFFD[2JES").doesNotContain("\u001b");
    }
}
