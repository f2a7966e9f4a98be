package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ReportFixtures.render;
import static org.reftally.report.SeatReports.from;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.report.SchemeDetails.Section;
import org.reftally.scheme.Proportional;
import org.reftally.scheme.ProportionalOutcome;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.SeatSource;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.SeatThreshold;

/** A proportional count's own figures in the text, Markdown and HTML reports (see {@link SeatReports}). */
class ProportionalDetailsTest {

    @Test
    void nationalDivisorCountShowsSeatsEntitlementsTheExcludedOptionAndTheClosestPriorities() throws IOException {
        String text = render(new TextRenderer(), SeatReports.national());

        assertThat(from(text, "    Seats by option")).isEqualTo("""
                    Seats by option
                      Option  Seats  Entitlement  Votes  % of valid  Threshold
                      ------  -----  -----------  -----  ----------  ---------
                      A           4       3.4186  4,200      46.67%
                      B           2       2.3605  2,900      32.22%
                      C           1       1.2209  1,500      16.67%
                      D           0       0.0000    400       4.44%  below
                      Total       7       7.0000  9,000
                      Entitlement: seats × votes ÷ eligible votes; 4 decimals here, exact in JSON (quota).
                      below: under the threshold, so no seat and no part in the others' entitlements.
                    Last seats awarded
                      Seat    Option  Priority
                      ------  ------  -------------------
                      seat 3  A       4200/2 = 2,100.0000
                      seat 4  C       1500/1 = 1,500.0000
                      seat 5  B       2900/2 = 1,450.0000
                      seat 6  A       4200/3 = 1,400.0000
                      seat 7  A       4200/4 = 1,050.0000
                    Next in line
                      Seat     Option  Priority
                      -------  ------  -----------------
                      seat 8   B       2900/3 = 966.6667
                      seat 9   A       4200/5 = 840.0000
                      seat 10  C       1500/2 = 750.0000
                      seat 11  B       2900/4 = 725.0000
                      seat 12  A       4200/6 = 700.0000
                      The seats that would be awarded next if there were more to share.
                """);
    }

    @Test
    void perJurisdictionCountShowsEachJurisdictionsSeatsWhatWasNotSharedAndTheTieBreaks() throws IOException {
        String text = render(new TextRenderer(), SeatReports.perJurisdiction());

        assertThat(from(text, "    Seats by option")).isEqualTo("""
                    Seats by option
                      Option  Seats  Entitlement  Votes  % of valid  Threshold
                      ------  -----  -----------  -----  ----------  ----------------
                      A           4       3.8925    710      54.20%
                      B           3       2.4409    430      32.82%
                      C           0       0.6667    150      11.45%
                      D           0       0.0000     20       1.53%  below everywhere
                      Total       7       7.0000  1,310
                      Entitlement: seats × votes ÷ eligible votes, within each jurisdiction and summed; 4 decimals here, exact in JSON (quota).
                      below everywhere: under the threshold in every jurisdiction, so no seat anywhere.
                      2 of the 9 seats were not awarded: see the reasons.
                    Seats by jurisdiction
                      Code   Seats  A  B  C  D  Note
                      -----  -----  -  -  -  -  ---------------------------
                      J1         5  3  2  –  –
                      J2         2  1  1  0  –
                      J3         2  –  –  –  –  not awarded: no valid votes
                      J4         0  –  –  –  –  no seats
                      Total      9  4  3  0  0
                      –: the option took no part in the sharing there: below the threshold, or nothing was shared (see Note).
                      no seats: the jurisdiction had no seats to share; its votes count in the national totals only.
                      not awarded: no valid vote was cast there, so its seats went to no one.
                    Tie breaks
                      Seat    Where  Tied     Decided by   Seat to
                      ------  -----  -------  -----------  -------
                      seat 1  J2     A, B, C  input order  A
                      seat 2  J2     B, C     input order  B
                """);
    }

    @Test
    void perJurisdictionDetailsAreMarkdownTables() throws IOException {
        String markdown = render(new MarkdownRenderer(), SeatReports.perJurisdiction());

        assertThat(from(markdown, "#### proportional: Seats by jurisdiction")).isEqualTo("""
                #### proportional: Seats by jurisdiction

                | Code | Seats | A | B | C | D | Note |
                | :--- | ---: | ---: | ---: | ---: | ---: | :--- |
                | J1 | 5 | 3 | 2 | – | – |  |
                | J2 | 2 | 1 | 1 | 0 | – |  |
                | J3 | 2 | – | – | – | – | not awarded: no valid votes |
                | J4 | 0 | – | – | – | – | no seats |
                | Total | 9 | 4 | 3 | 0 | 0 |  |

                –: the option took no part in the sharing there: below the threshold, or nothing was shared (see Note).

                no seats: the jurisdiction had no seats to share; its votes count in the national totals only.

                not awarded: no valid vote was cast there, so its seats went to no one.

                #### proportional: Tie breaks

                | Seat | Where | Tied | Decided by | Seat to |
                | :--- | :--- | :--- | :--- | :--- |
                | seat 1 | J2 | A, B, C | input order | A |
                | seat 2 | J2 | B, C | input order | B |
                """);
        assertThat(markdown).contains("| D | 0 | 0.0000 | 20 | 1.53% | below everywhere |",
                "| Total | 7 | 7.0000 | 1,310 |  |  |");
    }

    @Test
    void htmlShowsTheSameTablesEscaped() throws IOException {
        String page = render(new HtmlRenderer(), SeatReports.perJurisdiction());

        assertThat(page).contains("<h4>proportional: Seats by jurisdiction</h4>",
                "<tr><td>J3</td><td class=\"num\">2</td><td class=\"num\">–</td>",
                "<td>not awarded: no valid votes</td>",
                "<tr><td>seat 1</td><td>J2</td><td>A, B, C</td><td>input order</td><td>A</td></tr>");
    }

    @Test
    void optionNamesAreEscapedInMarkdownAndHtml() throws IOException {
        Contest contest = Contest.of("Council", "<b>A</b>", "B|C");
        ContestTally tally = SeatReports.tally(contest, Map.of("N", new long[] {60, 40}));
        JurisdictionSet set = JurisdictionSet.implicit(List.of(JurisdictionId.of("N")));
        ProportionalOutcome outcome = new Proportional(new SeatSource.House(5), SeatSettings.of(SeatMethod.DHONDT))
                .evaluate(tally, set);
        Report report = new Report("T", List.of(), set, List.of(new Report.ContestResult(tally, List.of(outcome))),
                true);

        assertThat(render(new HtmlRenderer(), report)).contains("<td>&lt;b&gt;A&lt;/b&gt;</td>")
                .doesNotContain("<b>A</b>");
        assertThat(render(new MarkdownRenderer(), report)).contains("| B\\|C | 2 | 2.0000 | 40 | 40.00% |");
    }

    /**
     * C has exactly 5% and passes the 5% threshold; D has 49,999 of 1,000,000, 4.9999%, and does
     * not. At two decimals both would read 5.00%: D is shown with the places that tell them apart.
     */
    @Test
    void anExcludedOptionNeverReadsAsManyVotesAsAnEligibleOne() {
        Contest contest = Contest.of("Council", "A", "B", "C", "D");
        ContestTally tally = SeatReports.tally(contest, Map.of("N", new long[] {500_001, 400_000, 50_000, 49_999}));
        ProportionalOutcome outcome = new Proportional(new SeatSource.House(20), SeatSettings.of(SeatMethod.DHONDT)
                .withThreshold(SeatThreshold.parse("5%")))
                .evaluate(tally, JurisdictionSet.implicit(List.of(JurisdictionId.of("N"))));

        Table table = ProportionalDetails.byOption(outcome, RenderOptions.DEFAULT);

        assertThat(table.rows()).extracting(row -> row.get(0) + " " + row.get(4) + " " + row.get(5))
                .containsExactly("A 50.0001% ", "B 40.00% ", "C 5.00% ", "D 4.9999% below", "Total  ");
    }

    @Test
    void largestRemainderHasNoPrioritiesAndNoTieBreaksToShow() {
        Contest contest = Contest.of("Council", "A", "B");
        ContestTally tally = SeatReports.tally(contest, Map.of("N", new long[] {70, 30}));
        ProportionalOutcome outcome = new Proportional(new SeatSource.House(10), SeatSettings.of(SeatMethod.HARE))
                .evaluate(tally, JurisdictionSet.implicit(List.of(JurisdictionId.of("N"))));

        assertThat(ProportionalDetails.sections(outcome, RenderOptions.DEFAULT)).extracting(Section::title)
                .containsExactly("Seats by option");
    }

    @Test
    void withoutAValidVoteNoOptionIsMarkedAsBelowTheThreshold() {
        Contest contest = Contest.of("Council", "A", "B");
        ContestTally tally = SeatReports.tally(contest, Map.of("N", new long[] {0, 0}));
        ProportionalOutcome outcome = new Proportional(new SeatSource.House(7), SeatSettings.of(SeatMethod.DHONDT)
                .withThreshold(SeatThreshold.parse("5%")))
                .evaluate(tally, JurisdictionSet.implicit(List.of(JurisdictionId.of("N"))));

        Table table = ProportionalDetails.byOption(outcome, RenderOptions.DEFAULT);

        assertThat(table.headers()).doesNotContain("Threshold");
        assertThat(table.rows()).extracting(row -> row.get(4)).containsExactly("n/a", "n/a", "");
        assertThat(table.notes()).contains("7 of the 7 seats were not awarded: see the reasons.");
    }
}
