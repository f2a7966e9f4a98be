package org.reftally.scheme;

import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.reftally.model.Fraction;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.Priority;
import org.reftally.scheme.seats.TieBreak;
import org.reftally.scheme.seats.TiePolicy;

/**
 * The wording of the seat schemes' reasons: counts with thousands separators, exact quotas shown
 * as decimals, priorities and tie breaks in words. Decimals here are for display only; nothing is
 * decided on them. Stateless and thread-safe.
 */
final class SeatWording {

    /** Quotas and priorities are shown with 2 decimals, rounded half-even. */
    private static final int DECIMALS = 2;

    private SeatWording() {
    }

    /** {@code 2,868,691}: grouping fixed to the root locale so output never depends on the machine. */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** An exact value as a decimal for display: {@code 263.51}. */
    static String decimal(Fraction f) {
        return f.toBigDecimal(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code 5709752/sqrt(56) (about 762997.71)}; an infinite priority (no seat yet) in words. */
    static String priority(Priority p) {
        if (p.isInfinite()) {
            return "first seat (infinite priority)";
        }
        return "priority " + p + " (about " + p.approximate(MathContext.DECIMAL64)
                .setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString() + ")";
    }

    /** {@code seat 435 to MN on priority ...}. */
    static String award(Award a) {
        return "seat " + a.seat() + " to " + a.party() + " on " + priority(a.priority());
    }

    /** {@code Seat 5 was tied between A and B; decided by lot (seed 7): A.} */
    static String tieBreak(String where, TieBreak t, long seed) {
        String how = t.policy() == TiePolicy.LOT ? "by lot (seed " + seed + ")" : "by input order";
        return "Seat " + t.seat() + where + " was tied between " + and(t.parties()) + "; decided " + how + ": "
                + t.winner() + ".";
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
