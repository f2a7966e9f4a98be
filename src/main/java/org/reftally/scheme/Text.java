package org.reftally.scheme;

import java.util.List;
import java.util.Locale;
import org.reftally.model.Comparison;
import org.reftally.model.Fraction;
import org.reftally.model.Percent;
import org.reftally.model.Threshold;

/**
 * The wording shared by the schemes' reasons: counts with thousands separators, percentages that
 * never contradict the decision they explain, thresholds in words. Stateless and thread-safe.
 */
final class Text {

    /** Reasons show two decimals; {@link Percent} adds digits when rounding would mislead. */
    static final int DECIMALS = 2;

    private static final Fraction HUNDRED = Fraction.of(100);

    private Text() {
    }

    /** {@code 1,299,129}: grouping fixed to the root locale so output never depends on the machine. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code part/whole} as a percentage, shown on the same side of {@code bound} as the exact share. */
    static String percent(long part, long whole, Fraction bound) {
        return Percent.of(part, whole, DECIMALS, bound);
    }

    static String percent(Fraction share, Fraction bound) {
        return Percent.format(share, DECIMALS, bound);
    }

    /** {@code more than 1/2 (50%)}, {@code at least 2/3}: the percentage only when it is exact. */
    static String threshold(Threshold t) {
        String words = (t.comparison() == Comparison.GREATER ? "more than " : "at least ") + t.bound();
        String pct = t.bound().times(HUNDRED).toDecimalString();
        return pct.contains("/") ? words : words + " (" + pct + "%)";
    }

    /** A weight or a sum of weights as officials write it: {@code 8.5}, {@code 23}. */
    static String weight(Fraction w) {
        return w.toDecimalString();
    }

    /** {@code A}, {@code A and B}, {@code A, B and C}. */
    static String and(List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return String.valueOf(items.get(0));
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < items.size() - 1; i++) {
            s.append(i == 0 ? "" : ", ").append(items.get(i));
        }
        return s.append(" and ").append(items.get(items.size() - 1)).toString();
    }
}
