package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.scheme.RuleComparison;

/**
 * The comparison as plain text for the terminal: the inputs as in the tally report, then for
 * each contest a headline saying whether the rules agree, an aligned table with one row per
 * scheme or rule (decision, winner, the deciding figure, the jurisdiction set, the legal basis),
 * and a list of the rules that could not be applied, each with the reason. Lines end with LF; the output ends
 * with one. Stateless and thread-safe.
 */
public final class TextComparisonRenderer implements ComparisonRenderer {

    private static final String INDENT = "  ";

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        Report summary = report.summary();
        TextRenderer.underlined(lines, PlainText.clean(report.title()), '=');
        lines.add("");
        if (!report.complete()) {
            lines.add("*** " + Sentences.incomplete(summary) + " ***");
            lines.add("");
        }
        TextRenderer.inputs(lines, summary);
        lines.add("Jurisdictions: " + Sentences.jurisdictionSet(report.jurisdictions()));
        for (RuleComparison c : report.contests()) {
            lines.add("");
            TextRenderer.underlined(lines, "Contest: " + PlainText.clean(c.contest()), '-');
            lines.add("");
            lines.add(ComparisonTables.headline(c));
            if (!c.rows().isEmpty()) {
                lines.add("");
                lines.addAll(TextTables.draw(ComparisonTables.results(c), INDENT, true));
            }
            if (!c.notApplied().isEmpty()) {
                lines.add("");
                lines.add("Not applied");
                c.notApplied().forEach(n -> lines.add(INDENT + "- " + n.name() + ": " + PlainText.clean(n.reason())));
            }
        }
        out.write(String.join("\n", lines));
        out.write("\n");
        out.flush();
    }
}
