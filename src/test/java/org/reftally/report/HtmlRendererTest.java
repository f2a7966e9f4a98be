package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.InputSummary;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;
import org.reftally.model.Unit;
import org.reftally.scheme.Decision;
import org.reftally.scheme.MajorityOutcome;

class HtmlRendererTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    private static String render(Report report, RenderOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlRenderer().render(report, options, out);
        return out.toString();
    }

    private static String render(Report report) throws IOException {
        return render(report, RenderOptions.DEFAULT);
    }

    private static Report us(boolean complete) {
        return SampleReports.yesNo(SampleReports.set("us", SampleReports.US), 5, complete);
    }

    /** Every input-text field carries markup, quotes and ampersands. */
    private static Report hostile() {
        String nasty = SCRIPT + " \"q\" 'a' & <img src=x onerror=alert(2)>";
        Contest contest = new Contest("Contest " + nasty, List.of(OptionId.of("YES " + nasty), OptionId.of("NO")));
        JurisdictionSet set = new JurisdictionSet("set " + nasty, List.of(
                new org.reftally.model.Jurisdiction(JurisdictionId.of("<b>&'\""), "Name " + nasty,
                        org.reftally.model.Fraction.ONE, java.util.OptionalLong.empty(),
                        java.util.OptionalLong.empty(), java.util.OptionalLong.empty())), false);
        Map<Unit, Counts> units = new TreeMap<>();
        units.put(Unit.of(JurisdictionId.of("<b>&'\"")), SampleReports.counts(new long[] {3, 2}, 0, 0, 10));
        ContestTally tally = new ContestTally(contest, units);
        MajorityOutcome outcome = new MajorityOutcome(contest.name(), Decision.ACCEPTED,
                Optional.of(contest.option(0)), Threshold.SIMPLE_MAJORITY, Optional.of(contest.option(0)),
                Optional.of(contest.option(0)), 3, 5, true, List.of(), List.of("Reason " + nasty), "60% " + nasty);
        InputSummary input = new InputSummary("in/" + nasty + ".csv", "ab", 1, "ballots", 5, 5, 0);
        return new Report("Title " + nasty, List.of(input), set,
                List.of(new Report.ContestResult(tally, List.of(outcome))), true);
    }

    @Test
    void inputTextIsEscapedInTextAndAttributes() throws IOException {
        String page = render(hostile());

        assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain("\"q\"").doesNotContain("'a'");
        assertThat(page).contains("<title>Title &lt;script&gt;alert(1)&lt;/script&gt; &quot;q&quot; &#39;a&#39; &amp; ")
                .contains("<h2>Contest &lt;script&gt;")
                .contains(">YES &lt;script&gt;")
                .contains("Name &lt;script&gt;")
                .contains("Reason &lt;script&gt;")
                .contains("in/&lt;script&gt;")
                .contains("data-code=\"&lt;B&gt;&amp;&#39;&quot;\"")
                .contains("set &lt;script&gt;");
    }

    @Test
    void pageHasNoScriptElementAndNoEventHandler() throws IOException {
        for (Report report : List.of(hostile(), us(false))) {
            String page = render(report).toLowerCase(Locale.ROOT);

            assertThat(page).doesNotContain("<script").doesNotContain("javascript:");
            assertThat(Pattern.compile("<[^>]*\\son[a-z]+\\s*=").matcher(page).find()).isFalse();
        }
    }

    @Test
    void pageReferencesNothingOutsideItself() throws IOException {
        String page = render(us(false));

        assertThat(page).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn")
                .doesNotContain("@import").doesNotContain("src=").doesNotContain("href=").doesNotContain("<link");
        // url() only for patterns defined in the page itself.
        assertThat(Pattern.compile("url\\((?!#)").matcher(page).find()).isFalse();
        assertThat(page).contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    }

    @Test
    void sameReportRendersToTheSameBytes() throws IOException {
        String first = render(us(false));

        assertThat(render(us(false))).isEqualTo(first);
        assertThat(render(us(true))).isNotEqualTo(first);
    }

    @Test
    void incompleteReportCarriesTheBannerWithTheRejectedRows() throws IOException {
        assertThat(render(us(false))).contains("<strong>INCOMPLETE</strong>3 of 1,003 rows were rejected");
        assertThat(render(us(true))).doesNotContain("INCOMPLETE");
    }

    @Test
    void everyOutcomeShowsItsSchemeDecisionWinnerDecidingFigureAndReasons() throws IOException {
        Report report = us(true);
        String page = render(report);

        List<org.reftally.scheme.Outcome> outcomes = report.contests().get(0).outcomes();
        assertThat(outcomes).hasSize(2);
        for (org.reftally.scheme.Outcome outcome : outcomes) {
            String from = page.substring(page.indexOf("<p class=\"scheme\">" + outcome.scheme() + "</p>"));
            String card = from.substring(0, from.indexOf("</article>"));
            assertThat(card).contains("</span> " + outcome.decision().word().toUpperCase(Locale.ROOT) + "</p>")
                    .contains("Deciding figure:</span> " + outcome.decidingFigure() + "</p>");
            outcome.winner().ifPresent(w -> assertThat(card).contains("Winner: <strong>" + w.name() + "</strong>"));
            outcome.reasons().forEach(r -> assertThat(card).contains("<li>" + r + "</li>"));
        }
    }

    @Test
    void rejectedAndTiedDecisionsAreWrittenOut() throws IOException {
        Report report = twoStates(new long[] {50, 50}, Decision.TIE);
        assertThat(render(report)).contains("<article class=\"decision tie\">").contains("TIE</p>")
                .doesNotContain("Winner:");
        assertThat(render(twoStates(new long[] {40, 60}, Decision.REJECTED))).contains("REJECTED</p>");
    }

    @Test
    void shareJustBelowAMajorityIsNotRoundedOntoIt() throws IOException {
        // 49,996 of 100,000 is 49.996%: two places would show 50.00%, contradicting "not >1/2".
        String page = render(twoStates(new long[] {49_996, 50_004}, Decision.REJECTED));

        assertThat(page).contains(">49,996 votes · 49.996% of valid</text>")
                .contains(">49,996<span class=\"pct\">49.996%</span>").doesNotContain("49,996<span class=\"pct\">50.00%");
    }

    @Test
    void percentagesFollowTheRequestedDecimals() throws IOException {
        Report report = twoStates(new long[] {1, 7}, Decision.REJECTED);

        assertThat(render(report, new RenderOptions(0))).contains(">12%<").doesNotContain("12.5");
        assertThat(render(report, new RenderOptions(3))).contains(">12.500%<");
    }

    @Test
    void tableListsEveryJurisdictionAndTheNationalTotal() throws IOException {
        String page = render(us(true));

        for (String[] state : SampleReports.US) {
            assertThat(page).contains("<tr><td class=\"code\">" + state[0] + "</td><th scope=\"row\">" + state[1] + "</th>");
        }
        assertThat(page).contains("<th scope=\"row\">Total</th>");
    }

    @Test
    void unreportedCountsSayNotReported() throws IOException {
        Contest contest = Contest.of("Q", "YES", "NO");
        Map<Unit, Counts> units = new TreeMap<>();
        units.put(Unit.of(JurisdictionId.of("NSW")), new Counts(new long[] {3, 2}, Count.NOT_REPORTED,
                Count.NOT_REPORTED, 0, Map.of(), Count.NOT_REPORTED));
        String page = render(SampleReports.report("T", SampleReports.set("au", SampleReports.AU),
                new ContestTally(contest, units), true));

        assertThat(page).contains("<td class=\"num\"><span class=\"sub\">not reported</span></td>").doesNotContain("Electorate");
    }

    @Test
    void inputsShowTheirHashAndRowAccounting() throws IOException {
        String page = render(us(false));

        assertThat(page).contains("<code class=\"hash\">9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08</code>")
                .contains("1,003 rows read: 1,000 counted, 3 rejected.")
                .contains("<td class=\"num flagged\">3</td>");
    }

    @Test
    void contestWithoutOutcomesSaysNoSchemeWasApplied() throws IOException {
        Report base = us(true);
        Report bare = new Report(base.title(), base.inputs(), base.jurisdictions(),
                List.of(new Report.ContestResult(base.contests().get(0).tally(), List.of())), true);

        assertThat(render(bare)).contains("No scheme was applied to this contest.").doesNotContain("class=\"verdict\"");
    }

    @Test
    void reportWithoutContestsStillRendersItsInputs() throws IOException {
        Report empty = new Report("Nothing", List.of(SampleReports.input(true)),
                SampleReports.set("au", SampleReports.AU), List.of(), true);

        assertThat(render(empty)).contains("No contest was counted.").contains("<code class=\"hash\">");
    }

    private static Report twoStates(long[] nsw, Decision decision) {
        Contest contest = Contest.of("Q", "YES", "NO");
        Map<Unit, Counts> units = new TreeMap<>();
        units.put(Unit.of(JurisdictionId.of("NSW")), SampleReports.counts(nsw, 0, 0, 0));
        ContestTally tally = new ContestTally(contest, units);
        long valid = nsw[0] + nsw[1];
        MajorityOutcome outcome = new MajorityOutcome("Q", decision,
                decision == Decision.ACCEPTED ? Optional.of(contest.option(0)) : Optional.empty(),
                Threshold.SIMPLE_MAJORITY, Optional.of(contest.option(0)), Optional.of(contest.option(0)), nsw[0],
                valid, decision == Decision.ACCEPTED, List.of(), List.of("because"), "");
        return new Report("T", List.of(SampleReports.input(true)), SampleReports.set("au", SampleReports.AU),
                List.of(new Report.ContestResult(tally, List.of(outcome))), true);
    }
}
