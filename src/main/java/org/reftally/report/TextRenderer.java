package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.model.InputSummary;
import org.reftally.report.Report.ContestResult;
import org.reftally.scheme.Outcome;

/**
 * The default report, written for an election official reading it on screen or on paper: the
 * inputs and how every row was accounted for, an unmissable warning when rows were rejected,
 * national totals, an aligned table per jurisdiction, and each scheme's decision with its reasons
 * and its own figures ({@link SchemeDetails}: a double majority's conditions and approval by
 * jurisdiction, a majority's quorum checks, a counter-proposal's tie-break, a proportional
 * count's seats and entitlements, an electoral college's electors).
 *
 * <p>Figures use comma grouping ({@code 1,299,129}) and percentages rounded half-even to
 * {@link RenderOptions#decimals()}. Input text is cleaned of line breaks and control characters
 * (see {@link PlainText}). Lines end with LF; the output ends with one. Stateless and thread-safe.
 */
public final class TextRenderer implements Renderer {

    private static final String INDENT = "  ";

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        underlined(lines, PlainText.clean(report.title()), '=');
        lines.add("");
        if (!report.complete()) {
            lines.add("*** " + Sentences.incomplete(report) + " ***");
            lines.add("");
        }
        inputs(lines, report);
        lines.add("Jurisdictions: " + Sentences.jurisdictionSet(report.jurisdictions()));
        for (String note : report.notes()) {
            lines.add("Note: " + PlainText.clean(note));
        }
        for (ContestResult result : report.contests()) {
            lines.add("");
            contest(lines, result, report, options);
        }
        out.write(String.join("\n", lines));
        out.write("\n");
        out.flush();
    }

    static void inputs(List<String> lines, Report report) {
        lines.add("Inputs");
        if (report.inputs().isEmpty()) {
            lines.add(INDENT + "none");
        }
        for (InputSummary input : report.inputs()) {
            lines.add(INDENT + PlainText.clean(input.path()));
            lines.add(INDENT + INDENT + "SHA-256  " + PlainText.clean(input.sha256()));
            lines.add(INDENT + INDENT + "kind     " + Sentences.kind(input));
            lines.add(INDENT + INDENT + "rows     " + Sentences.rows(input));
        }
        if (report.inputs().size() > 1) {
            lines.add(INDENT + "All inputs");
            lines.add(INDENT + INDENT + "rows     " + Sentences.rows(report.rows(), report.counted(), report.rejected()));
        }
        lines.add("");
    }

    private static void contest(List<String> lines, ContestResult result, Report report, RenderOptions options) {
        underlined(lines, "Contest: " + PlainText.clean(result.tally().contest().name()), '-');
        lines.add("");
        lines.add("National totals");
        lines.addAll(TextTables.draw(ContestTables.totals(result, report.jurisdictions(), options), INDENT, false));
        lines.add("");
        lines.add("By jurisdiction");
        lines.addAll(TextTables.draw(ContestTables.byJurisdiction(result, report.jurisdictions(), options), INDENT,
                true));
        lines.add("");
        lines.add("Decisions");
        if (result.outcomes().isEmpty()) {
            lines.add(INDENT + "none: no scheme was applied");
        }
        for (Outcome outcome : result.outcomes()) {
            lines.add(INDENT + Sentences.decision(outcome));
            for (String reason : outcome.reasons()) {
                lines.add(INDENT + INDENT + "- " + PlainText.clean(reason));
            }
            lines.add(INDENT + INDENT + "deciding figure: " + PlainText.clean(outcome.decidingFigure()));
            for (SchemeDetails.Section section : SchemeDetails.of(outcome, options)) {
                lines.add(INDENT + INDENT + section.title());
                lines.addAll(TextTables.draw(section.table(), INDENT.repeat(3), true));
            }
        }
    }

    static void underlined(List<String> lines, String heading, char rule) {
        lines.add(heading);
        lines.add(String.valueOf(rule).repeat(Math.max(1, PlainText.width(heading))));
    }
}
