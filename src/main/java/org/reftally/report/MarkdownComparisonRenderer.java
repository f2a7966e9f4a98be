package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.scheme.RuleComparison;

/**
 * The comparison as GitHub-flavoured Markdown, for an article or a class handout: the same
 * sections and cells as {@link TextComparisonRenderer}, with a Markdown table and list. All text is escaped
 * by {@link MarkdownText}. Lines end with LF; the output ends with one. Stateless and thread-safe.
 */
public final class MarkdownComparisonRenderer implements ComparisonRenderer {

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        Report summary = report.summary();
        lines.add("# " + MarkdownText.escape(report.title()));
        lines.add("");
        if (!report.complete()) {
            lines.add("> **" + MarkdownText.escape(Sentences.incomplete(summary)) + "**");
            lines.add("");
        }
        MarkdownRenderer.inputs(lines, summary);
        lines.add("Jurisdictions: " + MarkdownText.escape(Sentences.jurisdictionSet(report.jurisdictions())));
        for (RuleComparison c : report.contests()) {
            lines.add("");
            lines.add("## Contest: " + MarkdownText.escape(c.contest()));
            lines.add("");
            lines.add("**" + MarkdownText.escape(ComparisonTables.headline(c)) + "**");
            if (!c.rows().isEmpty()) {
                lines.add("");
                lines.addAll(MarkdownRenderer.draw(ComparisonTables.results(c), -1));
            }
            if (!c.notApplied().isEmpty()) {
                lines.add("");
                lines.add("### Not applied");
                lines.add("");
                c.notApplied().forEach(n -> lines.add("- " + MarkdownText.escape(n.name()) + ": "
                        + MarkdownText.escape(n.reason())));
            }
        }
        out.write(String.join("\n", lines));
        out.write("\n");
        out.flush();
    }
}
