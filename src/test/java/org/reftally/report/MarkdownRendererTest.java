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
