package org.reftally.report;

import java.util.List;
import java.util.Locale;
import org.reftally.model.Count;
import org.reftally.model.Fraction;
import org.reftally.model.Percent;

/**
 * Number formatting for the HTML page: grouped counts, percentages through {@link Percent}
 * (half-even, {@link RenderOptions#decimals()} places) and margins in percentage points.
 *
 * <p>Kept package-private and local to the HTML renderer until the renderers share one formatter.
 * Counts are grouped with commas whatever the JVM locale, so the same report always gives the same
 * bytes. Immutable and thread-safe.
 */
final class HtmlFigures {

    private final int decimals;

    HtmlFigures(int decimals) {
        this.decimals = decimals;
    }

    /** {@code 1,234,567}. */
    String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A count a source may not report: "not reported", or the sum marked "(partial)". */
    String count(Count value) {
        if (value.isUnreported()) {
            return "not reported";
        }
        return value.complete() ? count(value.value()) : count(value.value()) + " (partial)";
    }

    /** {@code part/whole} as a percentage; "n/a" for an empty whole. */
    String share(long part, long whole) {
        return Percent.of(part, whole, decimals);
    }

    /**
     * {@code part/whole} as a percentage with as many more places as any of {@code bounds} needs,
     * so that no shown share contradicts a threshold it was tested against (see {@link Percent}).
     */
    String share(long part, long whole, List<Fraction> bounds) {
        return Shares.percent(part, whole, decimals, bounds);
    }

    /**
     * A margin (a share of valid votes) in percentage points: {@code 4.20 pts}. A lead is never
     * shown as 0.00 pts, which would read as a tie: it gets the places it needs ({@code 0.002 pts}).
     */
    String points(Fraction margin) {
        String percent = Percent.format(margin, decimals, Fraction.ZERO);
        return percent.substring(0, percent.length() - 1) + " pts";
    }
}
