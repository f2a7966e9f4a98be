package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Unit;

class TileMapTest {

    private static String map(Report report) {
        Html h = new Html();
        TileMap.render(h, ContestView.of(1, report.contests().get(0), report.jurisdictions(), RenderOptions.DEFAULT));
        return h.toString();
    }

    private static List<String> tileCodes(String svg) {
        Matcher m = Pattern.compile("<g class=\"tile\" data-code=\"([^\"]*)\"").matcher(svg);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    private static String[][] members(String set) {
        return switch (set) {
            case "us" -> SampleReports.US;
            case "ch" -> SampleReports.CH;
            default -> SampleReports.AU;
        };
    }

    /** The tile of {@code code}, from its group to the end of the group. */
    private static String tile(String svg, String code) {
        int start = svg.indexOf("<g class=\"tile\" data-code=\"" + code + "\"");
        return svg.substring(start, svg.indexOf("</g>", start));
    }

    private static Report twoStates(long[] first, long[] second) {
        Contest contest = Contest.of("Q", "YES", "NO");
        JurisdictionSet set = SampleReports.set("au", SampleReports.AU);
        Map<Unit, Counts> units = new TreeMap<>();
        units.put(Unit.of(JurisdictionId.of("NSW")), SampleReports.counts(first, 0, 0, 0));
        units.put(Unit.of(JurisdictionId.of("VIC")), SampleReports.counts(second, 0, 0, 0));
        return SampleReports.report("T", set, new ContestTally(contest, units), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "ch", "au"})
    void everyMemberOfABuiltInSetGetsExactlyOneTileOnItsOwnGrid(String set) {
        String svg = map(SampleReports.yesNo(SampleReports.set(set, members(set)), 3, true));

        assertThat(svg).contains("data-layout=\"" + set + "\"");
        assertThat(tileCodes(svg)).containsExactlyInAnyOrder(
                java.util.Arrays.stream(members(set)).map(m -> m[0]).toArray(String[]::new));
    }

    @Test
    void tilesSitOnTheirGridCells() {
        String svg = map(SampleReports.yesNo(SampleReports.set("us", SampleReports.US), 3, true));

        // ME is column 10, row 0; HI column 0, row 7; tiles are 52 px with 6 px gaps.
        assertThat(tile(svg, "ME")).contains("x=\"580\" y=\"0\" width=\"52\" height=\"52\"");
        assertThat(tile(svg, "HI")).contains("x=\"0\" y=\"406\" width=\"52\" height=\"52\"");
        assertThat(svg).contains("width=\"632\" height=\"458\" viewBox=\"0 0 632 458\"");
    }

    @Test
    void unknownSetIsDrawnOnThePlainAlphabeticalGrid() {
        String svg = map(SampleReports.yesNo(SampleReports.set("regions", SampleReports.AU), 3, true));

        assertThat(svg).contains("data-layout=\"plain\"");
        assertThat(tileCodes(svg)).containsExactly("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");
    }

    @Test
    void tileTakesItsLeadersColourShadedByTheMargin() {
        String svg = map(twoStates(new long[] {60, 40}, new long[] {48, 52}));

        assertThat(tile(svg, "NSW")).contains("fill=\"#0072B2\"").contains(">YES</text>");
        // NO leads VIC by 4 points: the lightest shade (30%) of orange, with NO's slash pattern.
        assertThat(tile(svg, "VIC")).contains("fill=\"" + SvgPaint.mix("#E69F00", 30) + "\"")
                .contains("url(#c1-map-pat1)").contains(">NO</text>");
    }

    @Test
    void tiedJurisdictionGetsTheNeutralHatchedTileMarkedTie() {
        String svg = map(twoStates(new long[] {50, 50}, new long[] {1, 0}));

        assertThat(tile(svg, "NSW")).contains("fill=\"" + SvgPaint.TIE + "\"")
                .contains("url(#c1-map-pat" + SvgPaint.TIE_PATTERN + ")").contains(">TIE</text>")
                .contains("Tie between YES and NO");
    }

    @Test
    void jurisdictionWithoutValidVotesGetsAnEmptyDashedTile() {
        String svg = map(twoStates(new long[] {1, 0}, new long[] {1, 0}));

        assertThat(tile(svg, "QLD")).contains("fill=\"#FFFFFF\"").contains("stroke-dasharray").contains("No valid votes");
    }

    @Test
    void tooltipGivesNameCodeLeaderAndFigures() {
        String svg = map(twoStates(new long[] {1_200, 800}, new long[] {1, 0}));

        assertThat(tile(svg, "NSW")).contains("<title>New South Wales (NSW)\nLeading: YES by 20.00 pts\n"
                + "YES: 1,200 (60.00%)\nNO: 800 (40.00%)\nBlank: 0\nInvalid: 0</title>");
    }

    @Test
    void legendShowsEveryOptionInEveryShadeWithItsTagAndTheTieAndEmptyTiles() {
        Report report = twoStates(new long[] {1, 0}, new long[] {0, 1});
        Html h = new Html();
        TileLegend.render(h, ContestView.of(1, report.contests().get(0), report.jurisdictions(), RenderOptions.DEFAULT));
        String svg = h.toString();

        for (int tint : Leading.STEP_TINTS) {
            assertThat(svg).contains("fill=\"" + SvgPaint.mix("#0072B2", tint) + "\"")
                    .contains("fill=\"" + SvgPaint.mix("#E69F00", tint) + "\"");
        }
        assertThat(svg).contains(">under 5</text>").contains(">20 or more</text>").contains(">TIE</text>")
                .contains("Tie: equal top votes").contains("No valid votes");
    }
}
