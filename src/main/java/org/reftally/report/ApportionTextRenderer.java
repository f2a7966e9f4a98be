package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.TieBreak;

/**
 * The apportionment as plain text for a terminal or a printed record: the rule, the population,
 * a table of jurisdictions (text left-aligned, figures right-aligned, two spaces apart, no trailing
 * spaces) with a total line, then the last seats awarded and the next in line (divisor methods),
 * and every tie break. Lines end with {@code \n}. Names are shown as written, with control
 * characters made spaces. Stateless and thread-safe.
 */
final class ApportionTextRenderer implements ApportionRenderer {

    private static final String GAP = "  ";

    @Override
    public void render(ApportionmentResult r, RenderOptions options, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Apportionment: " + ApportionFigures.clean(r.name()));
        lines.add("Rule: " + ApportionFigures.rule(r));
        lines.add("Population: " + ApportionFigures.population(r));
        lines.add("");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Code", "Name", "Population", "Seats", "Quota"});
        for (ApportionmentResult.Line l : r.jurisdictions()) {
            rows.add(new String[] {ApportionFigures.clean(l.id().code()), ApportionFigures.clean(l.name()),
                ApportionFigures.thousands(l.population()), Integer.toString(l.seats()),
                ApportionFigures.groupedDecimal(l.quota())});
        }
        rows.add(new String[] {"", "Total", ApportionFigures.thousands(r.totalPopulation()),
            Integer.toString(r.houseSize()), ApportionFigures.groupedDecimal(ApportionFigures.totalQuota(r))});
        lines.addAll(table(rows, true, ""));
        awards(lines, "Last seats awarded:", r.lastAwards());
        awards(lines, "Next in line:", r.runnersUp());
        lines.add("");
        if (r.tieBreaks().isEmpty()) {
            lines.add("Tie breaks: none");
        } else {
            lines.add("Tie breaks:");
            for (TieBreak t : r.tieBreaks()) {
                lines.add("  " + ApportionFigures.tieBreak(t, r.seed()));
            }
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }

    private static void awards(List<String> lines, String heading, List<Award> awards) {
        if (awards.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add(heading);
        List<String[]> rows = new ArrayList<>();
        for (Award a : awards) {
            rows.add(new String[] {"seat " + a.seat(), ApportionFigures.clean(a.party()),
                ApportionFigures.priority(a.priority())});
        }
        lines.addAll(table(rows, false, GAP));
    }

    /**
     * The rows as aligned columns, each line starting with {@code indent}; with a header, the
     * first row is followed by a rule and the figures (from the third column on) are
     * right-aligned.
     */
    private static List<String> table(List<String[]> rows, boolean header, String indent) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            lines.add(indent + line(rows.get(k), widths, header));
            if (header && k == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                lines.add(indent + line(rule, widths, true));
            }
        }
        return lines;
    }

    private static String line(String[] cells, int[] widths, boolean figuresRight) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(GAP);
            }
            String pad = " ".repeat(widths[i] - width(cells[i]));
            b.append(figuresRight && i >= 2 ? pad + cells[i] : cells[i] + pad);
        }
        return b.toString().stripTrailing();
    }

    /** Width in code points, so that a name like Zürich or São Paulo lines up. */
    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
