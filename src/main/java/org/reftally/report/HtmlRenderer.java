package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.reftally.scheme.Decision;
import org.reftally.scheme.Outcome;

/**
 * The results as one self-contained HTML page: title and contest, an INCOMPLETE banner when rows
 * were rejected, each scheme's decision in large type with its reasons, the national result as a
 * bar chart, a tile map (approving states marked when a double majority was applied, each
 * jurisdiction's electors written on its tile when an electoral scheme was) and a table
 * of the jurisdictions, each scheme's own figures ({@link HtmlDetails}), and the inputs with their
 * SHA-256 and row accounting.
 *
 * <p>The page loads nothing: one inline style sheet, inline SVG, no script, and a Content
 * Security Policy that forbids scripts and fetches should anything slip through. Every piece of
 * input text is escaped ({@link Html}). Outcomes are shown through the common {@link Outcome}
 * accessors, so every scheme's outcome appears. The same report and options give the same bytes:
 * no timestamps, no random ids. Stateless and thread-safe.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        out.write(page(report, options));
        out.flush();
    }

    /** The whole page as a string. */
    String page(Report report, RenderOptions options) {
        HtmlFigures figures = new HtmlFigures(options.decimals());
        Html h = begin(report.title());
        header(h, report, figures);
        List<Report.ContestResult> contests = report.contests();
        for (int i = 0; i < contests.size(); i++) {
            contest(h, ContestView.of(i + 1, contests.get(i), report.jurisdictions(), options), options);
        }
        if (contests.isEmpty()) {
            h.raw("<p>No contest was counted.</p>\n");
        }
        h.raw("<section class=\"inputs\">\n<h2>Inputs</h2>\n<p>").text(figures.count(report.rows()))
                .raw(" rows read: ").text(figures.count(report.counted())).raw(" counted, ")
                .text(figures.count(report.rejected())).raw(" rejected.</p>\n");
        HtmlTables.inputs(h, report, figures);
        h.raw("</section>\n");
        end(h, options);
        return h.toString();
    }

    /** The document head with the inline style sheet and a policy that forbids scripts and fetches. */
    static Html begin(String title) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<meta name=\"generator\" content=\"reftally\">\n")
                .raw("<title>").text(title).raw("</title>\n<style>\n").raw(HtmlStyle.CSS)
                .raw("</style>\n</head>\n<body>\n<main>\n");
        return h;
    }

    /** The footer and the end of the document. */
    static void end(Html h, RenderOptions options) {
        footer(h, options);
        h.raw("</main>\n</body>\n</html>\n");
    }

    static void header(Html h, Report report, HtmlFigures figures) {
        h.raw("<header class=\"page\">\n<h1>").text(report.title()).raw("</h1>\n<p class=\"meta\">");
        for (int i = 0; i < report.contests().size(); i++) {
            h.raw(i == 0 ? "" : " · ").text(report.contests().get(i).tally().contest().name());
        }
        h.raw(report.contests().isEmpty() ? "" : " · ").raw("Jurisdictions: ").text(report.jurisdictions().name())
                .raw(" (").raw(report.jurisdictions().size()).raw(")</p>\n");
        for (String note : report.notes()) {
            h.raw("<p class=\"meta\">Note: ").text(note).raw("</p>\n");
        }
        h.raw("</header>\n");
        if (!report.complete()) {
            // A report with rejected rows must never pass for the official count (house rule:
            // validate at the boundary, and say what was left out).
            h.raw("<div class=\"banner\" role=\"alert\"><strong>INCOMPLETE</strong>")
                    .text(figures.count(report.rejected())).raw(" of ").text(figures.count(report.rows()))
                    .raw(" rows were rejected and are not in these figures. This is not the complete count;")
                    .raw(" see the inputs below.</div>\n");
        }
    }

    private static void contest(Html h, ContestView view, RenderOptions options) {
        h.raw("<section class=\"contest\" id=\"").raw(view.id("contest")).raw("\">\n<h2>").text(view.contest().name())
                .raw("</h2>\n<h3>Decision</h3>\n<div class=\"decisions\">\n");
        for (Outcome outcome : view.result().outcomes()) {
            decision(h, outcome);
        }
        if (view.result().outcomes().isEmpty()) {
            h.raw("<p>No scheme was applied to this contest.</p>\n");
        }
        h.raw("</div>\n");
        HtmlDetails.render(h, view.result().outcomes(), options);
        h.raw("<h3>National result</h3>\n<figure>\n");
        SvgBarChart.render(h, view);
        h.raw("<figcaption>Votes for each option with its share of valid votes; blank and invalid ballots with")
                .raw(" their share of ballots cast. All bars share one scale.</figcaption>\n</figure>\n");
        h.raw("<h3>Map</h3>\n<figure>\n");
        TileMap.render(h, view);
        TileLegend.render(h, view);
        h.raw("<figcaption>Each tile shows the option with the most valid votes in that jurisdiction, shaded by")
                .raw(" its margin; hover a tile for its figures. This colouring is for display only and is not")
                .raw(" a decision of any scheme.");
        view.doubleMajority().ifPresent(d -> h.raw(" A bold border and a ✓ mark a state that approves ")
                .text(d.proposal().name()).raw(" under the double majority, as the scheme decided it; those")
                .raw(" tiles' weights make the states tally ").text(d.statesTally()).raw("."));
        view.electoral().ifPresent(e -> h.raw(" The small number in a tile's corner is its electors; they went to")
                .raw(" its leading option under the electoral scheme, and to no one where the top votes tie or no vote was cast."));
        h.raw("</figcaption>\n</figure>\n");
        h.raw("<h3>By jurisdiction</h3>\n");
        HtmlTables.jurisdictions(h, view);
        h.raw("</section>\n");
    }

    /** One scheme's decision: the word in large type, the winner, the deciding figure, the reasons. */
    private static void decision(Html h, Outcome outcome) {
        String word = outcome.decision().word();
        h.raw("<article class=\"decision ").raw(word).raw("\">\n<p class=\"scheme\">").text(outcome.scheme())
                .raw("</p>\n<p class=\"verdict\"><span aria-hidden=\"true\">").raw(symbol(outcome.decision())).raw("</span> ")
                .text(word.toUpperCase(java.util.Locale.ROOT)).raw("</p>\n");
        if (outcome.winner().isPresent()) {
            h.raw("<p class=\"winner\">Winner: <strong>").text(outcome.winner().get().name()).raw("</strong></p>\n");
        }
        if (!outcome.decidingFigure().isBlank()) {
            h.raw("<p class=\"deciding\"><span class=\"label\">Deciding figure:</span> ").text(outcome.decidingFigure()).raw("</p>\n");
        }
        if (!outcome.reasons().isEmpty()) {
            h.raw("<ul class=\"reasons\">\n");
            for (String reason : outcome.reasons()) {
                h.raw("<li>").text(reason).raw("</li>\n");
            }
            h.raw("</ul>\n");
        }
        h.raw("</article>\n");
    }

    /** A mark beside the word, never instead of it. */
    static String symbol(Decision decision) {
        return switch (decision) {
            case ACCEPTED -> "✔";
            case REJECTED -> "✘";
            case TIE -> "=";
            case INVALID -> "⊘";
        };
    }

    private static void footer(Html h, RenderOptions options) {
        h.raw("<footer>Produced by reftally. Percentages are rounded half-even to ").raw(options.decimals())
                .raw(" decimal places, with more places where rounding would contradict a decision.</footer>\n");
    }
}
