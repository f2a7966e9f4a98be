package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.report.Table.Align;

/**
 * Draws a {@link Table} as monospaced text: columns two spaces apart, text left-aligned and
 * figures right-aligned so that digits line up, no trailing spaces. Widths are counted in display
 * columns ({@link PlainText#width}). Notes follow the rows. Stateless and thread-safe.
 */
final class TextTables {

    private static final String GAP = "  ";

    private TextTables() {
    }

    /** The table's lines, each starting with {@code indent}; with a header and a rule under it when asked. */
    static List<String> draw(Table table, String indent, boolean header) {
        int[] widths = new int[table.columns()];
        if (header) {
            measure(widths, table.headers());
        }
        table.rows().forEach(row -> measure(widths, row));
        List<String> lines = new ArrayList<>();
        if (header) {
            lines.add(line(table, table.headers(), widths, indent));
            List<String> rules = new ArrayList<>();
            for (int width : widths) {
                rules.add("-".repeat(width));
            }
            lines.add(indent + String.join(GAP, rules));
        }
        table.rows().forEach(row -> lines.add(line(table, row, widths, indent)));
        table.notes().forEach(note -> lines.add(indent + note));
        return lines;
    }

    private static void measure(int[] widths, List<String> cells) {
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], PlainText.width(cells.get(i)));
        }
    }

    private static String line(Table table, List<String> cells, int[] widths, String indent) {
        StringBuilder b = new StringBuilder(indent);
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) {
                b.append(GAP);
            }
            String pad = " ".repeat(widths[i] - PlainText.width(cells.get(i)));
            if (table.aligns().get(i) == Align.RIGHT) {
                b.append(pad).append(cells.get(i));
            } else {
                b.append(cells.get(i)).append(pad);
            }
        }
        return b.toString().stripTrailing();
    }
}
