package org.reftally.report;

import java.util.List;
import org.reftally.report.Table.Align;
import org.reftally.scheme.Outcome;

/**
 * Each scheme's own figures on the HTML page ({@link SchemeDetails}: a double majority's
 * conditions and approval by jurisdiction, a majority's quorum checks, a counter-proposal's
 * tie-break, a proportional count's seats, an electoral college's electors), drawn from the same {@link Table}s as the text and Markdown reports, so the three
 * never disagree. Every cell is escaped. Stateless and thread-safe.
 */
final class HtmlDetails {

    private HtmlDetails() {
    }

    /** The sections of every outcome that has any, each under its scheme's name; nothing otherwise. */
    static void render(Html h, List<Outcome> outcomes, RenderOptions options) {
        for (Outcome outcome : outcomes) {
            List<SchemeDetails.Section> sections = SchemeDetails.of(outcome, options);
            if (sections.isEmpty()) {
                continue;
            }
            h.raw("<div class=\"details\">\n");
            for (SchemeDetails.Section section : sections) {
                h.raw("<h4>").text(outcome.scheme()).raw(": ").text(section.title()).raw("</h4>\n");
                table(h, section.table());
            }
            h.raw("</div>\n");
        }
    }

    /** A table with a header row; right-aligned columns are figures; notes follow as paragraphs. */
    static void table(Html h, Table table) {
        h.raw("<div class=\"table-wrap\"><table class=\"detail\">\n<thead><tr>");
        for (int i = 0; i < table.columns(); i++) {
            h.raw("<th scope=\"col\"").raw(numeric(table, i)).raw(">").text(table.headers().get(i)).raw("</th>");
        }
        h.raw("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            h.raw("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.raw("<td").raw(numeric(table, i)).raw(">").text(row.get(i)).raw("</td>");
            }
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n</table></div>\n");
        for (String note : table.notes()) {
            h.raw("<p class=\"note\">").text(note).raw("</p>\n");
        }
    }

    private static String numeric(Table table, int column) {
        return table.aligns().get(column) == Align.RIGHT ? " class=\"num\"" : "";
    }
}
