package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.TieBreak;

/**
 * The apportionment as one self-contained HTML page to publish or archive: the rule and
 * population, a table of jurisdictions with a total row, an inline SVG bar chart of the seats, and
 * the last seats awarded, the next in line and the tie breaks. No script, no external resource
 * (the style is inline), so the page shows the same offline and years later. Every text from the
 * input is escaped ({@code & < > " '}) and control characters are made spaces. Bar lengths are
 * whole pixels computed in integers, so the same result gives the same bytes. Stateless and
 * thread-safe.
 */
final class ApportionHtmlRenderer implements ApportionRenderer {

    private static final int BAR_MAX = 480;
    private static final int ROW = 18;
    private static final int LABEL = 60;

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;color:#111}"
            + "table{border-collapse:collapse}th,td{padding:.2em .6em;border-bottom:1px solid #ddd}"
            + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:bold}"
            + "svg text{font-size:12px}";

    @Override
    public void render(ApportionmentResult r, RenderOptions options, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(4096);
        String title = "Apportionment: " + escape(r.name());
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(title).append("</h1>\n");
        h.append("<p>Rule: ").append(escape(ApportionFigures.rule(r))).append(".<br>Population: ")
                .append(escape(ApportionFigures.population(r))).append(".</p>\n");
        table(h, r);
        chart(h, r);
        awards(h, "Last seats awarded", r.lastAwards());
        awards(h, "Next in line", r.runnersUp());
        h.append("<h2>Tie breaks</h2>\n");
        if (r.tieBreaks().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<ul>\n");
            for (TieBreak t : r.tieBreaks()) {
                h.append("<li>").append(escape(ApportionFigures.tieBreak(t, r.seed()))).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</body>\n</html>\n");
        out.write(h.toString());
    }

    private static void table(StringBuilder h, ApportionmentResult r) {
        h.append("<table>\n<thead><tr><th>Code</th><th>Name</th><th class=\"n\">Population</th>"
                + "<th class=\"n\">Seats</th><th class=\"n\">Quota</th></tr></thead>\n<tbody>\n");
        for (ApportionmentResult.Line l : r.jurisdictions()) {
            h.append("<tr><td>").append(escape(l.id().code())).append("</td><td>").append(escape(l.name()))
                    .append("</td><td class=\"n\">").append(ApportionFigures.thousands(l.population()))
                    .append("</td><td class=\"n\">").append(l.seats())
                    .append("</td><td class=\"n\">").append(ApportionFigures.groupedDecimal(l.quota()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n<tfoot><tr><td></td><td>Total</td><td class=\"n\">")
                .append(ApportionFigures.thousands(r.totalPopulation())).append("</td><td class=\"n\">")
                .append(r.houseSize()).append("</td><td class=\"n\">")
                .append(ApportionFigures.groupedDecimal(ApportionFigures.totalQuota(r)))
                .append("</td></tr></tfoot>\n</table>\n");
    }

    /** One horizontal bar per jurisdiction, its length in proportion to its seats. */
    private static void chart(StringBuilder h, ApportionmentResult r) {
        List<ApportionmentResult.Line> lines = r.jurisdictions();
        long most = lines.stream().mapToLong(ApportionmentResult.Line::seats).max().orElse(0);
        int width = LABEL + BAR_MAX + 50;
        int height = lines.size() * ROW;
        h.append("<h2>Seats</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"Seats per jurisdiction\">\n");
        for (int i = 0; i < lines.size(); i++) {
            ApportionmentResult.Line l = lines.get(i);
            long bar = most == 0 ? 0 : l.seats() * (long) BAR_MAX / most;
            int y = i * ROW;
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(escape(l.id().code()))
                    .append("</text><rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"")
                    .append(bar).append("\" height=\"").append(ROW - 4).append("\" fill=\"#4a78b5\"><title>")
                    .append(escape(l.name())).append(": ").append(l.seats()).append("</title></rect><text x=\"")
                    .append(LABEL + bar + 4).append("\" y=\"").append(y + 13).append("\">").append(l.seats())
                    .append("</text>\n");
        }
        h.append("</svg>\n");
    }

    private static void awards(StringBuilder h, String heading, List<Award> awards) {
        if (awards.isEmpty()) {
            return;
        }
        h.append("<h2>").append(heading).append("</h2>\n<ul>\n");
        for (Award a : awards) {
            h.append("<li>seat ").append(a.seat()).append(": ").append(escape(a.party())).append(", ")
                    .append(escape(ApportionFigures.priority(a.priority()))).append("</li>\n");
        }
        h.append("</ul>\n");
    }

    /** Text for element content or a quoted attribute: {@code & < > " '} as entities, controls as spaces. */
    static String escape(String text) {
        String clean = ApportionFigures.clean(text);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
