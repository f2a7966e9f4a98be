package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ReportFixtures.render;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionSet;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void completeReportIsRenderedExactly() throws Exception {
        assertThat(render(renderer, ReportFixtures.complete())).isEqualTo("""
                # Referendum of 3 March 2024

                ## Inputs

                | Input | SHA-256 | Kind | Bytes | Rows read | Counted | Rejected |
                | :--- | :--- | :--- | ---: | ---: | ---: | ---: |
                | returns/proposal-1.csv | `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08` | returns | 2,048 | 3 | 3 | 0 |

                All inputs: 3 read = 3 counted + 0 rejected.

                Jurisdictions: Test cantons (3 jurisdictions)

                ## Contest: Proposal 1

                ### National totals

                | Figure | Count | Share | Note |
                | :--- | ---: | ---: | :--- |
                | YES | 566,456 | 51.08% | of valid |
                | NO | 542,545 | 48.92% | of valid |
                | Valid | 1,109,001 |  |  |
                | Blank | 7,421 |  |  |
                | Invalid | 1,744 |  |  |
                | of which overvotes | 1,460 |  |  |
                | of which unrecognised "Ja" | 34 |  |  |
                | of which unrecognised "MAYBE" | 250 |  |  |
                | Cast | 1,118,166 |  |  |
                | Electorate | 1,722,000 |  |  |
                | Turnout |  | 64.93% | of electorate |

                ### By jurisdiction

                | Code | Name | Weight | YES | NO | YES % | Blank | Invalid | Cast | Electorate | Turnout |
                | :--- | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                | ZH | Zürich | 1 | 312,456 | 287,544 | 52.08% | 4,321 | 1,234 | 605,555 | 950,000 | 63.74% |
                | BE | Bern | 1 | 250,000 | 250,001 | 49.9999% | 3,000 | 500 | 503,501 | 760,000 | 66.25% |
                | AI | Appenzell Innerrhoden | 0.5 | 4,000 | 5,000 | 44.44% | 100 | 10 | 9,110 | 12,000 | 75.92% |

                ### Decisions

                **majority: ACCEPTED — YES**

                - YES has 51.08% of valid votes (566,456 of 1,109,001), more than 1/2.
                - Turnout 64.93% (1,118,166 of 1,722,000) meets the quorum turnout\\>1/2.

                Deciding figure: 51.08% YES

                **plurality: ACCEPTED — YES**

                - YES has the most valid votes: 566,456 of 1,109,001.

                Deciding figure: 566,456 YES
                """);
    }

    @Test
    void incompleteReportOpensWithBannerAndMarksUnreportedFigures() throws Exception {
        assertThat(render(renderer, ReportFixtures.incomplete())).isEqualTo("""
                # Flag vote

                > **INCOMPLETE: 2 rows rejected: the figures below do not include them.**

                ## Inputs

                | Input | SHA-256 | Kind | Bytes | Rows read | Counted | Rejected |
                | :--- | :--- | :--- | ---: | ---: | ---: | ---: |
                | a.csv | `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08` | ballots | 120 | 1,180 | 1,179 | 1 |
                | b.csv | `9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08` | ballots | 80 | 62 | 61 | 1 |

                All inputs: 1,242 read = 1,240 counted + 2 rejected.

                Jurisdictions: taken from the input (2 jurisdictions, each of weight 1)

                ## Contest: Flag

                ### National totals

                | Figure | Count | Share | Note |
                | :--- | ---: | ---: | :--- |
                | Red | 1,110 | 89.88% | of valid |
                | Green | 70 | 5.67% | of valid |
                | Blue | 55 | 4.45% | of valid |
                | Valid | 1,235 |  |  |
                | Blank | ≥ 5 |  | not reported by all |
                | Invalid | 2 |  |  |
                | of which overvotes | 2 |  |  |
                | Cast | ≥ 1,242 |  | not reported by all |
                | Electorate | ≥ 4,000 |  | not reported by all |
                | Turnout |  | n/a | not computed: electorate not reported by all |

                ### By jurisdiction

                | Code | Red | Green | Blue | Red % | Green % | Blue % | Blank | Invalid | Cast | Electorate | Turnout |
                | :--- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                | XA | 1,100 | 50 | 25 | 93.62% | 4.26% | 2.13% | 5 | 2 | 1,182 | 4,000 | 29.55% |
                | XB | 10 | 20 | 30 | 16.67% | 33.33% | 50.00% | not reported | 0 | ≥ 60 | not reported | n/a |

                ≥ N: not every part of the input reported this figure; N is the sum of those that did.

                n/a: turnout is not computed when cast or electorate is not fully reported, or the electorate is zero.

                ### Decisions

                **plurality: ACCEPTED — Red**

                - Red has the most valid votes: 1,110 of 1,235.

                Deciding figure: 1,110 Red
                """);
    }

    @Test
    void renderingTwiceGivesTheSameCharacters() throws Exception {
        assertThat(render(renderer, ReportFixtures.incomplete()))
                .isEqualTo(render(renderer, ReportFixtures.incomplete()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "a|b;       a\\|b",
        "*bold*;    \\*bold\\*",
        "_em_;      \\_em\\_",
        "~~gone~~;  \\~\\~gone\\~\\~",
        "`code`;    \\`code\\`",
        "[a](b);    \\[a\\](b)",
        "![i](x);   \\!\\[i\\](x)",
        "<b>;       \\<b\\>",
        "AT&T;      AT\\&T",
        "# h;       \\# h",
        "$x$;       \\$x\\$",
        "a\\b;      a\\\\b",
        "- item;    \\- item",
        "+ item;    \\+ item",
        "===;       \\===",
        "1. first;  1\\. first",
        "2) two;    2\\) two",
        "1.5;       1.5",
        "0.5%;      0.5%",
        "Zürich;    Zürich"})
    void markdownActiveCharactersInInputTextAreEscaped(String raw, String escaped) {
        assertThat(MarkdownText.escape(raw)).isEqualTo(escaped);
    }

    @Test
    void lineBreaksInInputTextCannotEndATableRow() {
        assertThat(MarkdownText.escape("a\n| b |")).isEqualTo("a \\| b \\|");
    }

    @Test
    void namesFromTheInputCannotAddColumnsLinksOrHtml() throws Exception {
        Contest contest = Contest.of("Q <script>", "*Yes* | No", "[No](http://x)");
        ContestTally tally = new ContestTally(contest, Map.of(ReportFixtures.unit("A"),
                new Counts(new long[] {3, 1}, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED)));
        JurisdictionSet set = new JurisdictionSet("S", List.of(ReportFixtures.canton("A", "A_b|c", Fraction.ONE)),
                false);
        String md = render(renderer, new Report("T", List.of(), set,
                List.of(new Report.ContestResult(tally, List.of())), true));
        assertThat(md).contains("## Contest: Q \\<script\\>\n")
                .contains("| \\*Yes\\* \\| No | 3 | 75.00% | of valid |\n")
                .contains("| A | A\\_b\\|c | 3 | 1 | 75.00% | 0 | 0 | 4 |\n")
                .doesNotContain("<script>");
    }
}
