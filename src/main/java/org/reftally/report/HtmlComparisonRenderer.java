package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reftally.scheme.RuleComparison;
import org.reftally.scheme.RuleComparison.Row;

/**
 * The comparison as one self-contained HTML page, with the tally page's style sheet, policy and
 * escaping: for each contest a headline saying whether the rules agree, a table with one row per
 * scheme or rule (the decision in words with its mark, never by colour alone; the winner; the
 * deciding figure; the jurisdiction set; the legal basis), the rules not applied with the reason,
 * and the inputs with their SHA-256 and row accounting. No script, nothing fetched, the same bytes
 * for the same report. Stateless and thread-safe.
 */
public final class HtmlComparisonRenderer implements ComparisonRenderer {

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        out.write(page(report, options));
        out.flush();
    }

    String page(ComparisonReport report, RenderOptions options) {
        HtmlFigures figures = new HtmlFigures(options.decimals());
        Report summary = report.summary();
        Html h = HtmlRenderer.begin(report.title());
        HtmlRenderer.header(h, summary, figures);
        for (RuleComparison c : report.contests()) {
            h.raw("<section class=\"contest\">\n<h2>").text(c.contest()).raw("</h2>\n<p class=\"headline\">")
                    .text(ComparisonTables.headline(c)).raw("</p>\n");
            if (!c.rows().isEmpty()) {
                results(h, c);
            }
            if (!c.notApplied().isEmpty()) {
                h.raw("<h3>Not applied</h3>\n");
                HtmlDetails.table(h, ComparisonTables.notApplied(c));
            }
            h.raw("</section>\n");
        }
        if (report.contests().isEmpty()) {
            h.raw("<p>No contest was counted.</p>\n");
        }
        h.raw("<section class=\"inputs\">\n<h2>Inputs</h2>\n");
        HtmlTables.inputs(h, summary, figures);
        h.raw("</section>\n");
        HtmlRenderer.end(h, options);
        return h.toString();
    }

    /** The table of {@link ComparisonTables#results}, each decision marked and classed by its word. */
    private static void results(Html h, RuleComparison c) {
        Table table = ComparisonTables.results(c);
        h.raw("<div class=\"table-wrap\"><table class=\"compare\">\n<caption>The same votes under each scheme and")
                .raw(" rule</caption>\n<thead><tr>");
        for (String header : table.headers()) {
            h.raw("<th scope=\"col\">").text(header).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < c.rows().size(); i++) {
            Row row = c.rows().get(i);
            List<String> cells = table.rows().get(i);
            String word = row.outcome().decision().word();
            h.raw("<tr class=\"").raw(word).raw("\"><th scope=\"row\">").text(cells.get(0)).raw("</th><td>")
                    .text(cells.get(1)).raw("</td><td class=\"verdict-cell\"><span aria-hidden=\"true\">")
                    .raw(HtmlRenderer.symbol(row.outcome().decision())).raw("</span> ").text(cells.get(2))
                    .raw("</td>");
            for (int col = 3; col < cells.size(); col++) {
                h.raw(col == 4 ? "<td class=\"figure\">" : "<td>").text(cells.get(col)).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table></div>\n");
        for (String note : table.notes()) {
            h.raw("<p class=\"note\">").text(note).raw("</p>\n");
        }
    }
}
