package org.reftally.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.reftally.model.Fraction;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.seats.FixedRounding;
import org.reftally.scheme.seats.Priority;
import org.reftally.scheme.seats.TieBreak;
import org.reftally.scheme.seats.TiePolicy;

/**
 * The figures and phrases every apportionment renderer shows, so that the formats agree: counts
 * grouped by commas for people and raw for machines, exact quotas as decimals with
 * {@value #QUOTA_DECIMALS} places (rounded half-even, for display only: the seats were decided
 * exactly), priorities with their exact form, and the rule in words. Grouping is done by hand so
 * the output never depends on the machine's locale. Stateless and thread-safe.
 */
final class ApportionFigures {

    /** Places for quotas and priorities; fixed, as in the Census Bureau's priority tables. */
    static final int QUOTA_DECIMALS = 4;

    private ApportionFigures() {
    }

    /** {@code 331108434} as {@code 331,108,434}. */
    static String thousands(long n) {
        return group(Long.toString(n));
    }

    /** A decimal with its whole part grouped: {@code 762,997.7053}. */
    static String grouped(BigDecimal d) {
        String plain = d.toPlainString();
        int dot = plain.indexOf('.');
        return dot < 0 ? group(plain) : group(plain.substring(0, dot)) + plain.substring(dot);
    }

    /** An exact value as a decimal with {@value #QUOTA_DECIMALS} places, ungrouped: {@code 51.9909}. */
    static String decimal(Fraction f) {
        return f.toBigDecimal(QUOTA_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Like {@link #decimal} with the whole part grouped, for people. */
    static String groupedDecimal(Fraction f) {
        return grouped(f.toBigDecimal(QUOTA_DECIMALS, RoundingMode.HALF_EVEN));
    }

    /** A priority's value with {@value #QUOTA_DECIMALS} places, ungrouped; empty text for infinity. */
    static String priorityDecimal(Priority p) {
        if (p.isInfinite()) {
            return "";
        }
        return p.approximate(MathContext.DECIMAL128).setScale(QUOTA_DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code 5709752/sqrt(56) = 762,997.7053}, or {@code first seat (infinite priority)}. */
    static String priority(Priority p) {
        if (p.isInfinite()) {
            return "first seat (infinite priority)";
        }
        return p + " = " + grouped(new BigDecimal(priorityDecimal(p)));
    }

    /**
     * The rule in words: {@code huntington-hill, 435 seats, at least 1 each}, or {@code fixed
     * divisor: one seat per 8,000,000 people, rounded to the nearest whole seat, at least 1 each;
     * 63 seats}.
     */
    static String rule(ApportionmentResult r) {
        StringBuilder s = new StringBuilder();
        if (r.divisor().isPresent()) {
            s.append("fixed divisor: one seat per ").append(divisor(r.divisor().get())).append(" people, ")
                    .append(rounding(r.rounding().orElseThrow()));
        } else {
            s.append(r.methodName()).append(", ").append(seats(r.houseSize()));
        }
        if (r.minSeats() > 0) {
            s.append(", at least ").append(r.minSeats()).append(" each");
        }
        r.maxSeats().ifPresent(max -> s.append(", at most ").append(max).append(" each"));
        if (r.divisor().isPresent()) {
            s.append("; ").append(seats(r.houseSize()));
        }
        return s.toString();
    }

    /** {@code 1 seat}, {@code 435 seats}. */
    static String seats(int n) {
        return n + (n == 1 ? " seat" : " seats");
    }

    private static String rounding(FixedRounding rounding) {
        return switch (rounding) {
            case NEAREST -> "rounded to the nearest whole seat";
            case UP -> "rounded up";
            case DOWN -> "rounded down";
        };
    }

    /** {@code 331,108,434 (761,169.9632 per seat)}; no per-seat figure for an empty house. */
    static String population(ApportionmentResult r) {
        long total = r.totalPopulation();
        if (r.houseSize() == 0) {
            return thousands(total);
        }
        return thousands(total) + " (" + groupedDecimal(Fraction.of(total, r.houseSize())) + " per seat)";
    }

    /** A divisor as officials write it: {@code 8,000,000}, {@code 1.5}, or {@code 10/3}. */
    static String divisor(Fraction d) {
        return d.isWhole() ? group(d.numerator().toString()) : d.toDecimalString();
    }

    /** {@code seat 4: A, B and C tied; decided by lot (seed 7): A}. */
    static String tieBreak(TieBreak t, long seed) {
        String how = t.policy() == TiePolicy.LOT ? "by lot (seed " + seed + ")" : "by input order";
        return "seat " + t.seat() + ": " + String.join(", ", t.parties()) + " tied; decided " + how + ": "
                + t.winner();
    }

    /**
     * The sum of the quotas: the house size for a house of fixed size, the exact total quotient
     * {@code population / divisor} for a fixed divisor.
     */
    static Fraction totalQuota(ApportionmentResult r) {
        Fraction sum = Fraction.ZERO;
        for (ApportionmentResult.Line l : r.jurisdictions()) {
            sum = sum.plus(l.quota());
        }
        return sum;
    }

    /** The text of a name with control characters (line breaks, tabs, escapes) made spaces. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return b.toString();
    }

    private static String group(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        StringBuilder b = new StringBuilder(digits.substring(0, start));
        int len = digits.length() - start;
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(start + i));
        }
        return b.toString();
    }
}
