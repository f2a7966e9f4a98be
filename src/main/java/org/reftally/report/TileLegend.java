package org.reftally.report;

/**
 * The key to the tile map, as inline SVG: for each option its four shades (by margin) with its
 * pattern and tag, then the tie and no-vote tiles, each with words, and the mark of an approving
 * state when a double majority was applied.
 *
 * <p>Every swatch repeats the tag written on the tiles, so the key is readable without colour.
 * Stateless and thread-safe.
 */
final class TileLegend {

    private static final int WIDTH = SvgBarChart.WIDTH;
    private static final int SWATCH_X = 250;
    private static final int SWATCH_W = 104;
    private static final int SWATCH_STEP = 116;
    private static final int SWATCH_H = 24;
    private static final int ROW = 32;
    private static final int HEAD = 44;
    /** Longest option name drawn in the key; the tooltip has it whole. */
    private static final int NAME_CHARS = 30;

    private TileLegend() {
    }

    static void render(Html h, ContestView view) {
        int height = HEAD + view.styles().size() * ROW + ROW + 8 + (view.doubleMajority().isPresent() ? ROW : 0);
        String prefix = view.id("key");
        h.raw("<svg class=\"legend\" role=\"img\" width=\"").raw(WIDTH).raw("\" height=\"").raw(height)
                .raw("\" viewBox=\"0 0 ").raw(WIDTH).raw(" ").raw(height).raw("\" aria-labelledby=\"").raw(prefix)
                .raw("-title\">\n");
        h.raw("<title id=\"").raw(prefix).raw("-title\">Map key: leading option and its margin</title>\n");
        SvgPaint.defs(h, prefix);
        h.raw("<text class=\"legend-head\" x=\"0\" y=\"14\">Leading option</text>");
        h.raw("<text class=\"legend-head\" x=\"").raw(SWATCH_X).raw("\" y=\"14\">")
                .raw("Margin over the runner-up, in points of valid votes</text>\n");
        for (int step = 0; step < Leading.STEP_LABELS.size(); step++) {
            h.raw("<text class=\"legend-step\" x=\"").raw(SWATCH_X + step * SWATCH_STEP + SWATCH_W / 2)
                    .raw("\" y=\"34\" text-anchor=\"middle\">").raw(Leading.STEP_LABELS.get(step)).raw("</text>");
        }
        h.raw("\n");
        int y = HEAD;
        for (OptionStyle style : view.styles()) {
            String label = style.tag().equals(style.name()) ? style.name() : style.tag() + " = " + style.name();
            h.raw("<g><title>").text(label).raw("</title>");
            h.raw("<text class=\"legend-name\" x=\"0\" y=\"").raw(y + 17).raw("\">")
                    .text(cut(label)).raw("</text>");
            for (int step = 0; step < Leading.STEP_TINTS.size(); step++) {
                swatch(h, prefix, SWATCH_X + step * SWATCH_STEP, y, style.shade(Leading.STEP_TINTS.get(step)),
                        style.pattern(), style.tag(), "");
            }
            h.raw("</g>\n");
            y += ROW;
        }
        swatch(h, prefix, 0, y, SvgPaint.TIE, SvgPaint.TIE_PATTERN, "TIE", "");
        h.raw("<text class=\"legend-name\" x=\"").raw(SWATCH_W + 10).raw("\" y=\"").raw(y + 17)
                .raw("\">Tie: equal top votes</text>");
        swatch(h, prefix, SWATCH_X, y, SvgPaint.EMPTY, 0, "–", " stroke=\"#9E9E9E\" stroke-dasharray=\"4 3\"");
        h.raw("<text class=\"legend-name\" x=\"").raw(SWATCH_X + SWATCH_W + 10).raw("\" y=\"").raw(y + 17)
                .raw("\">No valid votes</text>\n");
        if (view.doubleMajority().isPresent()) {
            y += ROW;
            var d = view.doubleMajority().get();
            swatch(h, prefix, 0, y, SvgPaint.EMPTY, 0, "", " stroke=\"#9E9E9E\"");
            TileMap.approvalMark(h, 0, y, SWATCH_W, SWATCH_H, SvgPaint.DARK_TEXT, SvgPaint.EMPTY);
            h.raw("<text class=\"legend-name\" x=\"").raw(SWATCH_W + 10).raw("\" y=\"").raw(y + 17)
                    .raw("\">Approves ").text(cut(d.proposal().name())).raw(" under the double majority (states ")
                    .text(d.statesTally()).raw(")</text>\n");
        }
        h.raw("</svg>\n");
    }

    private static void swatch(Html h, String prefix, int x, int y, String fill, int pattern, String tag,
            String border) {
        SvgPaint.rect(h, prefix, x, y, SWATCH_W, SWATCH_H, fill, pattern, border);
        String ink = SvgPaint.textOn(fill);
        h.raw("<text class=\"legend-tag\" x=\"").raw(x + SWATCH_W / 2).raw("\" y=\"").raw(y + 17)
                .raw("\" text-anchor=\"middle\" fill=\"").raw(ink).raw("\" stroke=\"").raw(fill)
                .raw("\" stroke-width=\"3\" paint-order=\"stroke\">").text(tag).raw("</text>");
    }

    /** The label cut to {@link #NAME_CHARS} code points with an ellipsis. */
    private static String cut(String label) {
        if (label.codePointCount(0, label.length()) <= NAME_CHARS) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, NAME_CHARS - 1)) + "…";
    }
}
