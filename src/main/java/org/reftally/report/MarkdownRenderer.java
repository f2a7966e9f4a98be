package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reftally.model.InputSummary;
import org.reftally.report.Report.ContestResult;
import org.reftally.report.Table.Align;
import org.reftally.scheme.Outcome;

/**
 * The text report as GitHub-flavoured Markdown, for publishing a result in a repository or wiki:
 * the same sections and the same cells as {@link TextRenderer}, with the tables as Markdown
 * tables.
 *
 * <p>All text from the input (title, paths, contest, option and jurisdiction names, reasons) is
 * escaped by {@link MarkdownText}, so a name such as {@code *Yes* | No} is shown literally and
 * cannot add a column, a link or HTML. Lines end with LF; the output ends with one. Stateless and
 * thread-safe.
 */
public final class MarkdownRenderer implements Renderer {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    @Override
    public void render(Report report, RenderOptions options, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# " + MarkdownText.escape(report.title()));
        lines.add("");
        if (!report.complete()) {
            lines.add("> **" + MarkdownText.escape(Sentences.incomplete(report)) + "**");
            lines.add("");
        }
        inputs(lines, report);
        lines.add("Jurisdictions: " + MarkdownText.escape(Sentences.jurisdictionSet(report.jurisdictions())));
        for (String note : report.notes()) {
            lines.add("");
            lines.add("Note: " + MarkdownText.escape(note));
        }
        for (ContestResult result : report.contests()) {
            lines.add("");
            contest(lines, result, report, options);
        }
        out.write(String.join("\n", lines));
        out.write("\n");
        out.flush();
    }

    private static void inputs(List<String> lines, Report report) {
        lines.add("## Inputs");
        lines.add("");
        if (report.inputs().isEmpty()) {
            lines.add("No inputs.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (InputSummary input : report.inputs()) {
                rows.add(List.of(input.path(), input.sha256(), input.kind(), Figures.thousands(input.bytes()),
                        Figures.thousands(input.rows()), Figures.thousands(input.counted()),
                        Figures.thousands(input.rejected())));
            }
            Table table = new Table(List.of("Input", "SHA-256", "Kind", "Bytes", "Rows read", "Counted", "Rejected"),
                    List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT),
                    rows, List.of());
            lines.addAll(draw(table, 1));
        }
        lines.add("");
        lines.add("All inputs: " + MarkdownText.escape(
                Sentences.rows(report.rows(), report.counted(), report.rejected())) + ".");
        lines.add("");
    }

    private static void contest(List<String> lines, ContestResult result, Report report, RenderOptions options) {
        lines.add("## Contest: " + MarkdownText.escape(result.tally().contest().name()));
        lines.add("");
        lines.add("### National totals");
        lines.add("");
        lines.addAll(draw(ContestTables.totals(result, report.jurisdictions(), options), -1));
        lines.add("");
        lines.add("### By jurisdiction");
        lines.add("");
        lines.addAll(draw(ContestTables.byJurisdiction(result, report.jurisdictions(), options), -1));
        lines.add("");
        lines.add("### Decisions");
        if (result.outcomes().isEmpty()) {
            lines.add("");
            lines.add("None: no scheme was applied.");
        }
        for (Outcome outcome : result.outcomes()) {
            lines.add("");
            lines.add("**" + MarkdownText.escape(Sentences.decision(outcome)) + "**");
            lines.add("");
            for (String reason : outcome.reasons()) {
                lines.add("- " + MarkdownText.escape(reason));
            }
            if (!outcome.reasons().isEmpty()) {
                lines.add("");
            }
            lines.add("Deciding figure: " + MarkdownText.escape(outcome.decidingFigure()));
        }
    }

    /**
     * A GFM table, every cell escaped; notes follow as paragraphs. Column {@code code} (or none,
     * with -1) is shown as a code span when it is hexadecimal, as a hash is.
     */
    private static List<String> draw(Table table, int code) {
        List<String> lines = new ArrayList<>();
        lines.add(row(table.headers(), -1));
        List<String> rules = new ArrayList<>();
        for (Align align : table.aligns()) {
            rules.add(align == Align.RIGHT ? "---:" : ":---");
        }
        lines.add("| " + String.join(" | ", rules) + " |");
        table.rows().forEach(row -> lines.add(row(row, code)));
        for (String note : table.notes()) {
            lines.add("");
            lines.add(MarkdownText.escape(note));
        }
        return lines;
    }

    private static String row(List<String> cells, int code) {
        List<String> escaped = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            escaped.add(i == code && HEX.matcher(cell).matches() ? "`" + cell + "`" : MarkdownText.escape(cell));
        }
        return "| " + String.join(" | ", escaped) + " |";
    }
}
