package org.reftally.report;

import java.util.Map;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.InputSummary;
import org.reftally.model.Jurisdiction;

/**
 * The page's two tables: the counts per jurisdiction (with the national total as the footer) and
 * the inputs with their SHA-256 and row accounting. Stateless and thread-safe.
 */
final class HtmlTables {

    private HtmlTables() {
    }

    /** One row per jurisdiction in the set's order; electorate and turnout only when reported. */
    static void jurisdictions(Html h, ContestView view) {
        boolean electorate = view.byJurisdiction().values().stream().anyMatch(c -> !c.electorate().isUnreported());
        h.raw("<div class=\"table-wrap\"><table class=\"jurisdictions\">\n<caption>Results by jurisdiction: ")
                .text(view.contest().name()).raw(" <span class=\"note\">(Leading: most valid votes and the margin over the")
                .raw(" runner-up, for display only)</span></caption>\n<thead><tr><th scope=\"col\">Code</th>")
                .raw("<th scope=\"col\">Jurisdiction</th>");
        for (OptionStyle style : view.styles()) {
            h.raw("<th scope=\"col\" class=\"num\">").text(style.name()).raw("</th>");
        }
        h.raw("<th scope=\"col\" class=\"num\">Valid</th><th scope=\"col\" class=\"num\">Blank</th>")
                .raw("<th scope=\"col\" class=\"num\">Invalid</th><th scope=\"col\" class=\"num\">Cast</th>");
        if (electorate) {
            h.raw("<th scope=\"col\" class=\"num\">Electorate</th><th scope=\"col\" class=\"num\">Turnout</th>");
        }
        h.raw("<th scope=\"col\">Leading</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<Jurisdiction, Counts> e : view.byJurisdiction().entrySet()) {
            h.raw("<tr><td class=\"code\">").text(e.getKey().id().code()).raw("</td><th scope=\"row\">")
                    .text(e.getKey().name()).raw("</th>");
            cells(h, view, e.getValue(), electorate);
            h.raw("</tr>\n");
        }
        h.raw("</tbody>\n<tfoot><tr><td class=\"code\"></td><th scope=\"row\">Total</th>");
        cells(h, view, view.totals(), electorate);
        h.raw("</tr></tfoot>\n</table></div>\n");
    }

    private static void cells(Html h, ContestView view, Counts counts, boolean electorate) {
        HtmlFigures f = view.figures();
        long valid = counts.valid();
        for (OptionStyle style : view.styles()) {
            long votes = counts.votes(style.index());
            h.raw("<td class=\"num\">").text(f.count(votes)).raw("<span class=\"pct\">")
                    .text(view.optionShare(style.index(), votes, valid)).raw("</span></td>");
        }
        h.raw("<td class=\"num\">").text(f.count(valid)).raw("</td>");
        count(h, f, counts.blank());
        count(h, f, counts.invalid());
        Count cast = counts.cast();
        count(h, f, cast);
        if (electorate) {
            Count voters = counts.electorate();
            count(h, f, voters);
            h.raw("<td class=\"num\">")
                    .text(cast.complete() && voters.complete() ? f.share(cast.value(), voters.value()) : "n/a")
                    .raw("</td>");
        }
        leading(h, view, counts);
    }

    /** A count a source may not report: "not reported", or the sum over "partial". */
    private static void count(Html h, HtmlFigures f, Count value) {
        h.raw("<td class=\"num\">");
        if (value.isUnreported()) {
            h.raw("<span class=\"sub\">not reported</span>");
        } else {
            h.text(f.count(value.value()));
            if (!value.complete()) {
                h.raw("<span class=\"sub\">partial</span>");
            }
        }
        h.raw("</td>");
    }

    /** "YES" over "by 4.20 pts", "tie" over the tied names, or "–"; for display, from the counts. */
    private static void leading(Html h, ContestView view, Counts counts) {
        Leading leading = Leading.of(counts);
        h.raw("<td class=\"lead\">");
        if (leading.hasLeader()) {
            h.text(view.styles().get(leading.option()).name()).raw("<span class=\"pct\">by ")
                    .text(view.figures().points(leading.margin())).raw("</span>");
        } else if (leading.isTie()) {
            h.raw("tie<span class=\"sub\">");
            for (int i = 0; i < leading.tied().size(); i++) {
                h.raw(i == 0 ? "" : ", ").text(view.styles().get(leading.tied().get(i)).name());
            }
            h.raw("</span>");
        } else {
            h.raw("–");
        }
        h.raw("</td>");
    }

    /** Every input with its hash and rows; rows = counted + rejected holds for each. */
    static void inputs(Html h, Report report, HtmlFigures f) {
        h.raw("<div class=\"table-wrap\"><table class=\"inputs\">\n<caption>Files read, with their SHA-256 and row accounting</caption>\n<thead><tr>")
                .raw("<th scope=\"col\">File</th><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Bytes</th>")
                .raw("<th scope=\"col\">SHA-256</th><th scope=\"col\" class=\"num\">Rows</th>")
                .raw("<th scope=\"col\" class=\"num\">Counted</th><th scope=\"col\" class=\"num\">Rejected</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (InputSummary in : report.inputs()) {
            h.raw("<tr><th scope=\"row\" class=\"path\">").text(in.path()).raw("</th><td>").text(in.kind())
                    .raw("</td><td class=\"num\">").text(f.count(in.bytes())).raw("</td><td><code class=\"hash\">")
                    .text(in.sha256()).raw("</code></td><td class=\"num\">").text(f.count(in.rows()))
                    .raw("</td><td class=\"num\">").text(f.count(in.counted())).raw("</td><td class=\"num")
                    .raw(in.rejected() > 0 ? " flagged" : "").raw("\">").text(f.count(in.rejected()))
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n");
        if (report.inputs().size() > 1) {
            h.raw("<tfoot><tr><th scope=\"row\">Total</th><td></td><td></td><td></td><td class=\"num\">")
                    .text(f.count(report.rows())).raw("</td><td class=\"num\">").text(f.count(report.counted()))
                    .raw("</td><td class=\"num\">").text(f.count(report.rejected())).raw("</td></tr></tfoot>\n");
        }
        h.raw("</table></div>\n");
    }
}
