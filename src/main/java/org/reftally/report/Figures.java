package org.reftally.report;

import org.reftally.model.Count;

/**
 * Counts as people read them in the text, Markdown and HTML reports: digits grouped by commas
 * ({@code 1,299,129}), and a count a source did not report written as such rather than as zero.
 *
 * <p>Grouping is done by hand, not with {@link java.text.NumberFormat}, so the output never
 * depends on the machine's locale: the same report gives the same characters everywhere.
 * Machine formats (JSON, CSV) write raw digits instead. Stateless and thread-safe.
 */
public final class Figures {

    /** A count that no part of the input reported. */
    public static final String NOT_REPORTED = "not reported";

    /** Said of a count that only some parts reported: the figure shown is a lower bound. */
    public static final String NOT_REPORTED_BY_ALL = "not reported by all";

    /** Marks a lower bound, e.g. {@code ≥ 1,234}. */
    public static final String AT_LEAST = "\u2265 ";

    private Figures() {
    }

    /** {@code 1299129} as {@code 1,299,129}; locale-independent. */
    public static String thousands(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        StringBuilder b = new StringBuilder(digits.length() + digits.length() / 3);
        b.append(digits, 0, start);
        int len = digits.length() - start;
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(start + i));
        }
        return b.toString();
    }

    /**
     * A count for a table cell: {@code 1,234}; {@code ≥ 1,234} when only some parts reported it;
     * {@code not reported} when none did. A cell marked {@code ≥} needs a note saying why.
     */
    public static String cell(Count count) {
        if (count.isUnreported()) {
            return NOT_REPORTED;
        }
        return count.complete() ? thousands(count.value()) : AT_LEAST + thousands(count.value());
    }

    /** The explanation that goes with {@link #cell}: empty for a complete or unreported count. */
    public static String note(Count count) {
        return count.complete() || count.isUnreported() ? "" : NOT_REPORTED_BY_ALL;
    }

    /** A count in running text: {@code 1,234}, {@code not reported}, or {@code ≥ 1,234, not reported by all}. */
    public static String describe(Count count) {
        String note = note(count);
        return note.isEmpty() ? cell(count) : cell(count) + ", " + note;
    }

    /** A count is shown with a lower-bound mark when some, but not all, parts reported it. */
    public static boolean isPartial(Count count) {
        return !count.complete() && !count.isUnreported();
    }
}
