package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

class SvgBarChartTest {

    private static String chart(Counts counts) {
        Contest contest = Contest.of("Q", "YES", "NO", "Maybe");
        Map<Unit, Counts> units = new TreeMap<>();
        units.put(Unit.of(JurisdictionId.of("NSW")), counts);
        Report report = SampleReports.report("T", SampleReports.set("au", SampleReports.AU),
                new ContestTally(contest, units), true);
        Html h = new Html();
        SvgBarChart.render(h, ContestView.of(1, report.contests().get(0), report.jurisdictions(), RenderOptions.DEFAULT));
        return h.toString();
    }

    @Test
    void barWidthIsTheExactShareOfTheScaleRoundedDown() {
        assertThat(SvgBarChart.width(1, 3, 720)).isEqualTo(240);
        assertThat(SvgBarChart.width(2, 3, 720)).isEqualTo(480);
        assertThat(SvgBarChart.width(999, 1000, 720)).isEqualTo(719);
    }

    @Test
    void anyVoteGetsAVisibleBarAndNoVoteNone() {
        assertThat(SvgBarChart.width(1, 1_000_000_000, 720)).isEqualTo(1);
        assertThat(SvgBarChart.width(0, 1_000, 720)).isZero();
    }

    @Test
    void hugeCountsDoNotOverflow() {
        assertThat(SvgBarChart.width(Long.MAX_VALUE, Long.MAX_VALUE, 720)).isEqualTo(720);
        assertThat(SvgBarChart.width(Long.MAX_VALUE / 2, Long.MAX_VALUE, 720)).isEqualTo(359);
    }

    @Test
    void chartHasExplicitSizeAndARowPerOptionThenBlankAndInvalid() {
        String svg = chart(SampleReports.counts(new long[] {600, 300, 100}, 50, 25, 0));

        assertThat(svg).startsWith("<svg class=\"chart\" role=\"img\" width=\"720\" height=\"254\" viewBox=\"0 0 720 254\"");
        assertThat(svg).contains(">YES</text>", ">NO</text>", ">Maybe</text>", ">Blank</text>", ">Invalid</text>");
    }

    @Test
    void barsShareOneScaleSetByTheLargestCount() {
        String svg = chart(SampleReports.counts(new long[] {600, 300, 100}, 50, 25, 0));

        assertThat(svg).contains("width=\"720\" height=\"20\" fill=\"#0072B2\"")
                .contains("width=\"360\" height=\"20\" fill=\"#E69F00\"")
                .contains("width=\"120\" height=\"20\" fill=\"#009E73\"")
                .contains("width=\"60\" height=\"20\" fill=\"#9E9E9E\"")
                .contains("width=\"30\" height=\"20\" fill=\"#616161\"");
    }

    @Test
    void figuresGiveVotesAndShareOfValidAndBlankShareOfCast() {
        String svg = chart(SampleReports.counts(new long[] {600, 300, 100}, 50, 25, 0));

        assertThat(svg).contains(">600 votes · 60.00% of valid</text>").contains(">50 · 4.65% of cast</text>");
    }

    @Test
    void unreportedBlankBallotsAreSaidNotShownAsZero() {
        Counts counts = new Counts(new long[] {1, 2, 3}, Count.NOT_REPORTED, Count.of(0), 0, Map.of(), Count.NOT_REPORTED);

        assertThat(chart(counts)).contains(">not reported</text>");
    }

    @Test
    void longNamesAreShortenedWithAnEllipsis() {
        String name = "Remain a member of the European Union and also something else";

        assertThat(SvgBarChart.shorten(name)).hasSize(44).endsWith("…").startsWith("Remain a member");
        assertThat(SvgBarChart.shorten("YES")).isEqualTo("YES");
    }
}
