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
    void completeReportIsRenderedExactly() throws Exception {
        assertThat(render(renderer, ReportFixtures.complete())).isEqualTo("""
                Referendum of 3 March 2024
                ==========================

                Inputs
                  returns/proposal-1.csv
                    SHA-256  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                    kind     returns, 2,048 bytes
                    rows     3 read = 3 counted + 0 rejected

                Jurisdictions: Test cantons (3 jurisdictions)

                Contest: Proposal 1
                -------------------

                National totals
                  YES                                566,456  51.08%  of valid
                  NO                                 542,545  48.92%  of valid
                  Valid                            1,109,001
                  Blank                                7,421
                  Invalid                              1,744
                    of which overvotes                 1,460
                    of which unrecognised "Ja"            34
                    of which unrecognised "MAYBE"        250
                  Cast                             1,118,166
                  Electorate                       1,722,000
                  Turnout                                     64.93%  of electorate

                By jurisdiction
                  Code  Name                   Weight      YES       NO     YES %  Blank  Invalid     Cast  Electorate  Turnout
                  ----  ---------------------  ------  -------  -------  --------  -----  -------  -------  ----------  -------
                  ZH    Zürich                      1  312,456  287,544    52.08%  4,321    1,234  605,555     950,000   63.74%
                  BE    Bern                        1  250,000  250,001  49.9999%  3,000      500  503,501     760,000   66.25%
                  AI    Appenzell Innerrhoden     0.5    4,000    5,000    44.44%    100       10    9,110      12,000   75.92%

                Decisions
                  majority: ACCEPTED — YES
                    - YES has 51.08% of valid votes (566,456 of 1,109,001), more than 1/2.
                    - Turnout 64.93% (1,118,166 of 1,722,000) meets the quorum turnout>1/2.
                    deciding figure: 51.08% YES
                  plurality: ACCEPTED — YES
                    - YES has the most valid votes: 566,456 of 1,109,001.
                    deciding figure: 566,456 YES
                """);
    }

    @Test
    void incompleteReportOpensWithBannerAndMarksUnreportedFigures() throws Exception {
        assertThat(render(renderer, ReportFixtures.incomplete())).isEqualTo("""
                Flag vote
                =========

                *** INCOMPLETE: 2 rows rejected: the figures below do not include them. ***

                Inputs
                  a.csv
                    SHA-256  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                    kind     ballots, 120 bytes
                    rows     1,180 read = 1,179 counted + 1 rejected
                  b.csv
                    SHA-256  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                    kind     ballots, 80 bytes
                    rows     62 read = 61 counted + 1 rejected
                  All inputs
                    rows     1,242 read = 1,240 counted + 2 rejected

                Jurisdictions: taken from the input (2 jurisdictions, each of weight 1)

                Contest: Flag
                -------------

                National totals
                  Red                     1,110  89.88%  of valid
                  Green                      70   5.67%  of valid
                  Blue                       55   4.45%  of valid
                  Valid                   1,235
                  Blank                     ≥ 5          not reported by all
                  Invalid                     2
                    of which overvotes        2
                  Cast                  ≥ 1,242          not reported by all
                  Electorate            ≥ 4,000          not reported by all
                  Turnout                           n/a  not computed: electorate not reported by all

                By jurisdiction
                  Code    Red  Green  Blue   Red %  Green %  Blue %         Blank  Invalid   Cast    Electorate  Turnout
                  ----  -----  -----  ----  ------  -------  ------  ------------  -------  -----  ------------  -------
                  XA    1,100     50    25  93.62%    4.26%   2.13%             5        2  1,182         4,000   29.55%
                  XB       10     20    30  16.67%   33.33%  50.00%  not reported        0   ≥ 60  not reported      n/a
                  ≥ N: not every part of the input reported this figure; N is the sum of those that did.
                  n/a: turnout is not computed when cast or electorate is not fully reported, or the electorate is zero.

                Decisions
                  plurality: ACCEPTED — Red
                    - Red has the most valid votes: 1,110 of 1,235.
                    deciding figure: 1,110 Red
                """);
    }

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
