package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;
import org.reftally.scheme.Decision;
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.RuleComparison;
import org.reftally.scheme.RuleComparison.Kind;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;

class ComparisonRenderersTest {

    private static String render(Format format, ComparisonReport report) throws IOException {
        StringWriter out = new StringWriter();
        ComparisonRenderers.forFormat(format).render(report, RenderOptions.DEFAULT, out);
        return out.toString();
    }

    private static ComparisonReport withContest(RuleComparison c, boolean complete) {
        ComparisonReport base = ReportFixtures.comparison();
        return new ComparisonReport(base.title(), base.inputs(), base.jurisdictions(), List.of(c), complete);
    }

    private static Row row(String name, Decision decision, String figure) {
        Outcome o = new MajorityOutcome("Q", decision, decision == Decision.ACCEPTED
                ? Optional.of(OptionId.of("YES")) : Optional.empty(), Threshold.SIMPLE_MAJORITY, Optional.empty(),
                Optional.empty(), 0, 0, false, List.of(), List.of(), figure);
        return new Row(name, Kind.SCHEME, "basis", "set", o, List.of());
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatRendersTheSameComparisonTwiceAlike(Format format) throws IOException {
        String once = render(format, ReportFixtures.comparison());
        assertThat(once).isNotBlank().endsWith("\n").isEqualTo(render(format, ReportFixtures.comparison()));
        assertThat(once).contains("ch-people-and-cantons", "state-and-nation");
    }

    @Test
    void headlineSaysWhenEveryRuleAgreesOrNoneApplied() {
        assertThat(ComparisonTables.headline(new RuleComparison("Q", List.of(row("a", Decision.ACCEPTED, "x"),
                row("b", Decision.ACCEPTED, "y")), List.of())))
                .isEqualTo("Every rule applied decides alike: ACCEPTED.");
        assertThat(ComparisonTables.headline(new RuleComparison("Q", List.of(row("a", Decision.TIE, "x")),
                List.of()))).isEqualTo("The one rule applied decides: TIE.");
        assertThat(ComparisonTables.headline(new RuleComparison("Q", List.of(),
                List.of(new NotApplied("a", Kind.RULE, "why"))))).isEqualTo(
                        "No scheme or rule could be applied to this contest.");
        assertThat(ComparisonTables.headline(new RuleComparison("Q", List.of(row("a", Decision.REJECTED, "x"),
                row("b", Decision.ACCEPTED, "y"), row("c", Decision.INVALID, "z"), row("d", Decision.ACCEPTED, "w")),
                List.of()))).isEqualTo("The rules disagree: ACCEPTED under b and d; REJECTED under a; INVALID under c.");
    }

    @Test
    void inputTextCannotInjectMarkupIntoTheHtmlOrMarkdownComparison() throws IOException {
        RuleComparison c = new RuleComparison("<script>alert(1)</script>", List.of(row("majority", Decision.ACCEPTED,
                "<b>51%</b> | *YES*")), List.of(new NotApplied("x", Kind.RULE, "set <i>evil</i> [link](http://x)")));
        String html = render(Format.HTML, withContest(c, true));
        assertThat(html).doesNotContain("<script>alert", "<b>51%", "<i>evil")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;51%&lt;/b&gt; | *YES*");
        String md = render(Format.MARKDOWN, withContest(c, true));
        assertThat(md).contains("\\<b\\>51%\\</b\\> \\| \\*YES\\*", "\\[link\\](http://x)");
    }

    @Test
    void htmlMarksEachDecisionInWordsAndClassNotByColourAlone() throws IOException {
        String html = render(Format.HTML, ReportFixtures.comparison());
        assertThat(html).contains("<tr class=\"accepted\"><th scope=\"row\">majority</th>",
                "<tr class=\"rejected\"><th scope=\"row\">ch-people-and-cantons</th>",
                "<span aria-hidden=\"true\">✘</span> REJECTED")
                .doesNotContain("<script");
    }

    @Test
    void incompleteComparisonCarriesTheWarningInEveryHumanFormat() throws IOException {
        ComparisonReport incomplete = withContest(ReportFixtures.comparison().contests().get(0), false);
        assertThat(render(Format.TEXT, incomplete)).contains("*** INCOMPLETE:");
        assertThat(render(Format.MARKDOWN, incomplete)).contains("> **INCOMPLETE:");
        assertThat(render(Format.HTML, incomplete)).contains("<div class=\"banner\" role=\"alert\">");
        assertThat(render(Format.JSON, incomplete)).contains("\"complete\": false");
    }

    @Test
    void jsonCarriesEachFullOutcomeAndEveryReasonNotApplied() throws IOException {
        JsonNode json = JsonMapping.MAPPER.readTree(render(Format.JSON, ReportFixtures.comparison()));
        assertThat(json.get("report").asText()).isEqualTo("comparison");
        JsonNode contest = json.get("contests").get(0);
        assertThat(contest.get("agree").asBoolean()).isFalse();
        JsonNode cantons = contest.get("results").get(2);
        assertThat(cantons.get("name").asText()).isEqualTo("ch-people-and-cantons");
        assertThat(cantons.get("outcome").get("decision").asText()).isEqualTo("rejected");
        assertThat(cantons.get("outcome").get("approving_weight").asText()).isEqualTo("1");
        assertThat(contest.get("not_applied").get(1).get("reason").asText())
                .isEqualTo("jurisdiction set au does not list \"AI\", BE and ZH");
    }
}
