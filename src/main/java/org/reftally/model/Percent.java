package org.reftally.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages for display: rounded half-even to a number of decimals, never used to decide.
 *
 * <p>A displayed figure must not contradict its decision: when rounding would carry a share onto
 * or across the bound it was tested against (49.996% shown as 50.00% against {@code >1/2}), more
 * digits are shown until it no longer does (49.996%). Stateless and thread-safe.
 */
public final class Percent {

    /** Enough digits to separate any two shares of whole numbers below 2^63. */
    private static final int MAX_DECIMALS = 40;

    private Percent() {
    }

    /** {@code part/whole} as a percentage with {@code decimals} places, e.g. {@code 50.73%}; "n/a" for an empty whole. */
    public static String of(long part, long whole, int decimals) {
        if (whole <= 0) {
            return "n/a";
        }
        return format(Fraction.of(part, whole), decimals, null);
    }

    /**
     * Like {@link #of(long, long, int)}, but with as many more digits as needed for the shown figure
     * to fall on the same side of {@code bound} as the exact share.
     */
    public static String of(long part, long whole, int decimals, Fraction bound) {
        if (whole <= 0) {
            return "n/a";
        }
        return format(Fraction.of(part, whole), decimals, bound);
    }

    /** A share already known as a fraction, with the same guarantee against {@code bound} (may be null). */
    public static String format(Fraction share, int decimals, Fraction bound) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative");
        }
        int places = decimals;
        BigDecimal shown = share.toPercent(places, RoundingMode.HALF_EVEN);
        if (bound != null) {
            int exactSide = share.compareTo(bound);
            while (places < MAX_DECIMALS) {
                int shownSide = Fraction.of(shown).dividedBy(Fraction.of(100)).compareTo(bound);
                if (shownSide == exactSide) {
                    break;
                }
                places++;
                shown = share.toPercent(places, RoundingMode.HALF_EVEN);
            }
        }
        return shown.toPlainString() + "%";
    }
}
