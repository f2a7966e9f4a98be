package org.reftally.ingest;

import java.util.regex.Pattern;

/**
 * RFC 4180 quoting for the cells the generator and the returns expander write: a cell is quoted
 * when it contains a comma, a double quote, CR or LF, and an inner quote is doubled (RFC 4180
 * section 2, rules 6 and 7). Lines end in LF.
 *
 * <p>Cells are quoted once per distinct value, when a plan is built, never per row; so OpenCSV's
 * writer (made for one row at a time) is not used here. Stateless and thread-safe.
 */
final class SyntheticCsv {

    private static final Pattern NEEDS_QUOTES = Pattern.compile("[,\"\r\n]");

    private SyntheticCsv() {
    }

    /** The cell as it must appear in the file. */
    static String cell(String text) {
        if (!NEEDS_QUOTES.matcher(text).find()) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The cells joined by commas, each quoted as needed, ending in LF. */
    static String line(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        return b.append('\n').toString();
    }
}
