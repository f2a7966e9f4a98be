package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ReportFixtures.render;
import static org.reftally.report.SeatReports.from;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.Electoral;
import org.reftally.scheme.ElectoralOutcome;

/** An electoral college's own figures in the text, Markdown and HTML reports (see {@link SeatReports#electoral()}). */
class ElectoralDetailsTest {

    @Test
    void electorsByOptionAndByJurisdictionWithTheNumberNeeded() throws IOException {
        String text = render(new TextRenderer(), SeatReports.electoral());

        assertThat(from(text, "    Electors\n")).isEqualTo("""
                    Electors
                      Option       Electors  Jurisdictions won  Popular votes  % of valid
                      -----------  --------  -----------------  -------------  ----------
                      X                  10                  1          1,160      42.96%
                      Y                   7                  1          1,171      43.37%
                      Z                   0                  0            369      13.67%
                      Not awarded         7                  2
                      Total              24                  4          2,700
                      Needed to win: 13 of 24 electors, more than 1/2 (50%) of all electors.
                      Not awarded: the electors of tied jurisdictions and of those without a valid vote; they still count among all electors.
                    Electors by jurisdiction
                      Code  Electors  Winner          Winner's votes  % of valid  Tied
                      ----  --------  --------------  --------------  ----------  ----
                      S1          10  X                          600      60.00%
                      S2           7  Y                          501      50.10%
                      S3           4  tie                        250      41.67%  X, Y
                      S4           3  no valid votes               –           –
                      S5        none  Z                           70      70.00%
                      tie: equal top votes (the votes shown are each tied option's); the electors are not awarded: state law would break the tie, and this count does not guess.
                      no valid votes: the electors are not awarded.
                      none: the jurisdiction set gives it no electors, so it counts 0; its votes count in the popular vote.
                """);
    }

    @Test
    void electorsAreMarkdownTables() throws IOException {
        String markdown = render(new MarkdownRenderer(), SeatReports.electoral());

        assertThat(from(markdown, "#### electoral: Electors\n")).isEqualTo("""
                #### electoral: Electors

                | Option | Electors | Jurisdictions won | Popular votes | % of valid |
                | :--- | ---: | ---: | ---: | ---: |
                | X | 10 | 1 | 1,160 | 42.96% |
                | Y | 7 | 1 | 1,171 | 43.37% |
                | Z | 0 | 0 | 369 | 13.67% |
                | Not awarded | 7 | 2 |  |  |
                | Total | 24 | 4 | 2,700 |  |

                Needed to win: 13 of 24 electors, more than 1/2 (50%) of all electors.

                Not awarded: the electors of tied jurisdictions and of those without a valid vote; they still count among all electors.

                #### electoral: Electors by jurisdiction

                | Code | Electors | Winner | Winner's votes | % of valid | Tied |
                | :--- | ---: | :--- | ---: | ---: | :--- |
                | S1 | 10 | X | 600 | 60.00% |  |
                | S2 | 7 | Y | 501 | 50.10% |  |
                | S3 | 4 | tie | 250 | 41.67% | X, Y |
                | S4 | 3 | no valid votes | – | – |  |
                | S5 | none | Z | 70 | 70.00% |  |

                tie: equal top votes (the votes shown are each tied option's); the electors are not awarded: state law would break the tie, and this count does not guess.

                no valid votes: the electors are not awarded.

                none: the jurisdiction set gives it no electors, so it counts 0; its votes count in the popular vote.
                """);
    }

    @Test
    void withoutATieTheTiedColumnIsLeftOut() {
        ContestTally tally = SeatReports.tally(Contest.of("P", "X", "Y"), Map.of("S1", new long[] {3, 2}));
        JurisdictionSet set = new JurisdictionSet("States", List.of(SeatReports.state("S1", 5)), false);
        ElectoralOutcome outcome = new Electoral().evaluate(tally, set);

        assertThat(ElectoralDetails.byJurisdiction(outcome, RenderOptions.DEFAULT).headers())
                .containsExactly("Code", "Electors", "Winner", "Winner's votes", "% of valid");
        assertThat(ElectoralDetails.electors(outcome, RenderOptions.DEFAULT).rows()).extracting(row -> row.get(0))
                .containsExactly("X", "Y", "Total");
    }

    @Test
    void aThresholdNoCountOfElectorsCanMeetIsSaidInWords() {
        ContestTally tally = SeatReports.tally(Contest.of("P", "X", "Y"), Map.of("S1", new long[] {3, 2}));
        JurisdictionSet set = new JurisdictionSet("States", List.of(SeatReports.state("S1", 0)), false);

        assertThat(ElectoralDetails.needed(new Electoral().evaluate(tally, set))).isEqualTo(
                "Needed to win: more than 1/2 (50%) of all electors, which no option can reach with 0 electors in all.");
    }

    @Test
    void eachTileCarriesItsElectorsAndItsTooltipSaysWhereTheyWent() throws IOException {
        String page = render(new HtmlRenderer(), SeatReports.electoral());

        assertThat(tileElectors(page)).containsExactly(Map.entry("S1", "10"), Map.entry("S2", "7"),
                Map.entry("S3", "4"), Map.entry("S4", "3"));
        assertThat(page).contains("Electors: 10, to X\n", "Electors: 4, not awarded (tie)\n",
                "Electors: 3, not awarded (no valid votes)\n", "Electors: none in the jurisdiction set\n",
                "The small number in a tile's corner is its electors",
                "<h4>electoral: Electors by jurisdiction</h4>");
    }

    @Test
    void withoutAnElectoralSchemeNoTileCarriesElectors() throws IOException {
        String page = render(new HtmlRenderer(), ReportFixtures.complete());

        assertThat(page).doesNotContain("tile-electors\"", "Electors:", "its electors");
    }

    /** Code and electors of every tile that writes its electors, in the order drawn. */
    private static List<Map.Entry<String, String>> tileElectors(String page) {
        Matcher m = Pattern.compile("<g class=\"tile\" data-code=\"([^\"]*)\">(?:(?!</g>).)*"
                + "<text class=\"tile-electors\"[^>]*>([^<]*)</text>", Pattern.DOTALL).matcher(page);
        List<Map.Entry<String, String>> tiles = new java.util.ArrayList<>();
        while (m.find()) {
            tiles.add(Map.entry(m.group(1), m.group(2)));
        }
        return tiles;
    }
}
