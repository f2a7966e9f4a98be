package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Tally;
import org.reftally.scheme.CounterProposal;
import org.reftally.scheme.CounterProposalOutcome;
import org.reftally.scheme.DoubleMajorityOutcome;
import org.reftally.scheme.Outcome;

/**
 * Each scheme's own figures in the human formats: a double majority's conditions, approval table
 * and marked map; a counter-proposal's two decisions and tie-break.
 */
class SchemeDetailsTest {

    /** Initiative and counter-proposal both accepted everywhere; on the tie-break the people prefer
     * the initiative (1,300 : 1,000) but two of three cantons prefer the counter-proposal. */
    private static Report counterProposal() {
        JurisdictionSet cantons = new JurisdictionSet("cantons", List.of(ReportFixtures.canton("A", "A", Fraction.ONE),
                ReportFixtures.canton("B", "B", Fraction.ONE), ReportFixtures.canton("C", "C", Fraction.ONE)), false);
        ContestTally initiative = yesNo(Contest.of("Initiative", "YES", "NO"), 60, 40);
        ContestTally counter = yesNo(Contest.of("Counter", "YES", "NO"), 70, 30);
        Contest tie = Contest.of("Tie-break", "Initiative", "Counter");
        ContestTally tieBreak = new ContestTally(tie, Map.of(
                ReportFixtures.unit("A"), ReportFixtures.counts(1_000, 200, Count.of(5), 0, 0, Map.of(), Count.of(0)),
                ReportFixtures.unit("B"), ReportFixtures.counts(150, 400, Count.of(5), 0, 0, Map.of(), Count.of(0)),
                ReportFixtures.unit("C"), ReportFixtures.counts(150, 400, Count.of(5), 0, 0, Map.of(), Count.of(0))));
        CounterProposalOutcome outcome = CounterProposal.evaluate(new Tally(List.of(initiative, counter, tieBreak)),
                cantons, "Initiative", "Counter", "Tie-break");
        return new Report("Initiative and counter-proposal", List.of(), cantons,
                List.of(new Report.ContestResult(initiative, List.of(outcome))), true);
    }

    private static ContestTally yesNo(Contest contest, long yes, long no) {
        return new ContestTally(contest, Map.of(
                ReportFixtures.unit("A"), ReportFixtures.counts(yes, no, Count.of(0), 0, 0, Map.of(), Count.of(0)),
                ReportFixtures.unit("B"), ReportFixtures.counts(yes, no, Count.of(0), 0, 0, Map.of(), Count.of(0)),
                ReportFixtures.unit("C"), ReportFixtures.counts(yes, no, Count.of(0), 0, 0, Map.of(), Count.of(0))));
    }

    @Test
    void counterProposalShowsBothDecisionsAndTheTieBreakDecidedByTheSums() throws IOException {
        String text = ReportFixtures.render(new TextRenderer(), counterProposal());

        assertThat(text).contains("    The two proposals",
                "      initiative        Initiative  accepted  60.00% YES, states 3 : 0",
                "      counter-proposal  Counter     accepted  70.00% YES, states 3 : 0",
                "    Tie-break: Tie-break",
                // People: 1,300 : 1,000 of 2,300 answers; cantons 1 : 2 of 3; sums 56.52% + 33.33%
                // = 89.86% against 43.48% + 66.67% = 110.14%: the counter-proposal comes into force.
                "      Initiative          1,300         56.52%               1          33.33%   89.86%",
                "      Counter             1,000         43.48%               2          66.67%  110.14%",
                "so the higher sum decides (Federal Constitution art. 139b(3)): Counter.",
                "    Tie-break by jurisdiction",
                "      A          1       1,000      200  Initiative");
    }

    @Test
    void counterProposalDetailsAppearInMarkdownAndHtml() throws IOException {
        Report report = counterProposal();
        assertThat(ReportFixtures.render(new MarkdownRenderer(), report))
                .contains("#### counter-proposal: Tie-break: Tie-break",
                        "| Counter | 1,000 | 43.48% | 2 | 66.67% | 110.14% |");
        assertThat(ReportFixtures.render(new HtmlRenderer(), report))
                .contains("<h4>counter-proposal: Tie-break: Tie-break</h4>",
                        "<td>Counter</td><td class=\"num\">1,000</td><td class=\"num\">43.48%</td>");
    }

    @Test
    void pluralityHasNoSectionsOfItsOwn() {
        Outcome plurality = ReportFixtures.complete().contests().get(0).outcomes().get(1);
        assertThat(SchemeDetails.of(plurality, RenderOptions.DEFAULT)).isEmpty();
    }

    @Test
    void majorityListsItsQuorumsBeforeItsThreshold() {
        Outcome majority = ReportFixtures.complete().contests().get(0).outcomes().get(0);
        Table conditions = SchemeDetails.of(majority, RenderOptions.DEFAULT).get(0).table();
        assertThat(conditions.rows()).extracting(row -> row.get(0)).containsExactly("quorum turnout>1/2", "proposal");
        assertThat(conditions.rows()).extracting(row -> row.get(3)).containsExactly("met", "met");
    }

    @Test
    void approvalTableFollowsTheDecimalsAndNeverRoundsAStateOntoTheThreshold() {
        DoubleMajorityOutcome d = (DoubleMajorityOutcome) ReportFixtures.doubleMajority().contests().get(0)
                .outcomes().get(0);
        Table approval = DoubleMajorityDetails.approval(d, new RenderOptions(0));
        // Bern, 250,000 of 500,001, is 50% at no decimals: shown with the places it needs.
        assertThat(approval.rows()).extracting(row -> row.get(0) + " " + row.get(3) + " " + row.get(4))
                .containsExactly("ZH 52% yes", "BE 49.9999% no", "AI 44% no", "XT 70% yes, not counted",
                        "States  1 : 1.5");
    }

    @Test
    void tileMapMarksOnlyTheStatesWhoseApprovalCounts() {
        Report report = ReportFixtures.doubleMajority();
        Html h = new Html();
        ContestView view = ContestView.of(1, report.contests().get(0), report.jurisdictions(), RenderOptions.DEFAULT);
        TileMap.render(h, view);
        // ZH approves; BE and AI do not; XT approves but weighs 0, so its approval does not count.
        assertThat(markedTiles(h.toString())).containsExactly("ZH");
        assertThat(h.toString()).contains("Approves YES (weight 1)", "Does not approve YES (weight 0.5)", "Approves YES (weight 0: counted only in the national total)");
        Html legend = new Html();
        TileLegend.render(legend, view);
        assertThat(legend.toString()).contains("Approves YES under the double majority (states 1 : 1.5)",
                "class=\"approves\"");
    }

    @Test
    void withoutADoubleMajorityNoTileIsMarked() throws IOException {
        String page = ReportFixtures.render(new HtmlRenderer(), ReportFixtures.complete());
        assertThat(page).doesNotContain("class=\"approves\"", "Approves YES");
    }

    private static List<String> markedTiles(String svg) {
        Matcher m = Pattern.compile("<g class=\"tile\" data-code=\"([^\"]*)\">(?:(?!</g>).)*class=\"approves\"",
                Pattern.DOTALL).matcher(svg);
        List<String> codes = new java.util.ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
