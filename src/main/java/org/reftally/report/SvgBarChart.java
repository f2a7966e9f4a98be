package org.reftally.report;

import java.math.BigInteger;
import org.reftally.model.Count;
import org.reftally.model.Counts;

/**
 * The national result as an inline SVG horizontal bar chart: one bar per option (votes and share
 * of valid votes), then blank and invalid ballots (count and share of ballots cast).
 *
 * <p>Every bar is drawn to one scale, the largest count shown, so bars compare directly. Each row
 * carries its name and figures as text, and option bars carry the option's pattern, so nothing
 * rests on colour. Widths are integers computed exactly (BigInteger), so output is reproducible.
 * Stateless and thread-safe.
 */
final class SvgBarChart {

    static final int WIDTH = 720;
    private static final int ROW = 50;
    private static final int BAR = 20;
    private static final int TOP = 4;
    /** Longest name drawn in full; SVG text does not wrap, and the full name is in the tooltip. */
    private static final int NAME_CHARS = 44;

    private SvgBarChart() {
    }

    static void render(Html h, ContestView view) {
        Counts national = view.totals();
        long valid = national.valid();
        Count cast = national.cast();
        long scale = Math.max(1, Math.max(max(national), Math.max(national.blank().value(), national.invalid().value())));
        int rows = view.styles().size() + 2;
        int height = TOP + rows * ROW;
        String prefix = view.id("bars");
        h.raw("<svg class=\"chart\" role=\"img\" width=\"").raw(WIDTH).raw("\" height=\"").raw(height)
                .raw("\" viewBox=\"0 0 ").raw(WIDTH).raw(" ").raw(height)
                .raw("\" aria-labelledby=\"").raw(prefix).raw("-title\">\n");
        h.raw("<title id=\"").raw(prefix).raw("-title\">National result: ").text(view.contest().name()).raw("</title>\n");
        SvgPaint.defs(h, prefix);
        int y = TOP;
        for (OptionStyle style : view.styles()) {
            long votes = national.votes(style.index());
            String figures = view.figures().count(votes) + " votes · "
                    + view.optionShare(style.index(), votes, valid) + " of valid";
            row(h, prefix, y, style.name(), figures, votes, scale, style.colour(), style.pattern());
            y += ROW;
        }
        row(h, prefix, y, "Blank", ballots(view, national.blank(), cast), national.blank().value(), scale,
                "#9E9E9E", 0);
        y += ROW;
        row(h, prefix, y, "Invalid", ballots(view, national.invalid(), cast), national.invalid().value(), scale,
                "#616161", 0);
        h.raw("</svg>\n");
    }

    /** Blank or invalid ballots with their share of ballots cast, when every part reported them. */
    private static String ballots(ContestView view, Count part, Count cast) {
        String count = view.figures().count(part);
        if (part.isUnreported() || !cast.complete()) {
            return count;
        }
        return count + " · " + view.figures().share(part.value(), cast.value()) + " of cast";
    }

    private static void row(Html h, String prefix, int y, String name, String figures, long value, long scale,
            String colour, int pattern) {
        h.raw("<g>");
        h.raw("<title>").text(name).raw(": ").text(figures).raw("</title>");
        h.raw("<text class=\"bar-name\" x=\"0\" y=\"").raw(y + 15).raw("\">").text(shorten(name)).raw("</text>");
        h.raw("<text class=\"bar-figure\" x=\"").raw(WIDTH).raw("\" y=\"").raw(y + 15)
                .raw("\" text-anchor=\"end\">").text(figures).raw("</text>");
        h.raw("<rect x=\"0\" y=\"").raw(y + 22).raw("\" width=\"").raw(WIDTH).raw("\" height=\"").raw(BAR)
                .raw("\" fill=\"#F0F0F0\"/>");
        int width = width(value, scale, WIDTH);
        if (width > 0) {
            SvgPaint.rect(h, prefix, 0, y + 22, width, BAR, colour, pattern, "");
        }
        h.raw("</g>\n");
    }

    /**
     * {@code value / scale} of {@code full} pixels, rounded down, but at least one pixel for a
     * non-zero count so that a small option stays visible.
     */
    static int width(long value, long scale, int full) {
        if (value <= 0) {
            return 0;
        }
        BigInteger px = BigInteger.valueOf(value).multiply(BigInteger.valueOf(full)).divide(BigInteger.valueOf(scale));
        return Math.max(1, px.intValueExact());
    }

    private static long max(Counts counts) {
        long max = 0;
        for (int i = 0; i < counts.optionCount(); i++) {
            max = Math.max(max, counts.votes(i));
        }
        return max;
    }

    /** The name cut to {@link #NAME_CHARS} code points with an ellipsis. */
    static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= NAME_CHARS) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_CHARS - 1)) + "…";
    }
}
