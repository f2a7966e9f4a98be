package org.reftally.report;

/**
 * Neutralises CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
 * with {@code = + - @}, tab or carriage return as a formula, so a crafted option or area name
 * could run commands on the machine of whoever opens the export. Such a cell from input text is
 * prefixed with a single quote, which spreadsheets show as text. Figures reftally writes itself
 * are never negative and are not passed through here. Stateless and thread-safe.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private FormulaGuard() {
    }

    /** {@code text}, with a leading {@code '} when it starts with a formula trigger. */
    public static String neutralise(String text) {
        if (!text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
