package org.reftally.report;

import java.util.Locale;

/**
 * Colours and fill patterns shared by the bar chart and the tile map: tints of a palette colour,
 * a legible text colour on a fill, and the pattern definitions that mark each option (and ties)
 * independently of colour.
 *
 * <p>Patterns are drawn in translucent black over the fill, so one definition serves every colour
 * and shade. All arithmetic is integer, so output is byte-for-byte reproducible. Stateless and
 * thread-safe.
 */
final class SvgPaint {

    /** The fill of a tied jurisdiction: a neutral grey, cross-hatched. */
    static final String TIE = "#BDBDBD";
    /** The fill of a jurisdiction without valid votes. */
    static final String EMPTY = "#FFFFFF";
    static final String DARK_TEXT = "#1A1A1A";
    static final String LIGHT_TEXT = "#FFFFFF";

    /** Pattern number of the tie hatching, after the option patterns. */
    static final int TIE_PATTERN = OptionStyle.PATTERNS;

    private SvgPaint() {
    }

    /** {@code #RRGGBB} mixed with white; {@code percent} of 100 keeps the colour. */
    static String mix(String colour, int percent) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int r = tint((rgb >> 16) & 0xFF, percent);
        int g = tint((rgb >> 8) & 0xFF, percent);
        int b = tint(rgb & 0xFF, percent);
        return String.format(Locale.ROOT, "#%02X%02X%02X", r, g, b);
    }

    private static int tint(int channel, int percent) {
        return 255 - (255 - channel) * percent / 100;
    }

    /**
     * Dark text on light fills, white on dark ones, by the ITU-R BT.601 luma weights
     * (299, 587, 114 per mille) in integers; this chooses a display colour and decides nothing.
     */
    static String textOn(String fill) {
        int rgb = Integer.parseInt(fill.substring(1), 16);
        int luma = 299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF);
        return luma >= 140_000 ? DARK_TEXT : LIGHT_TEXT;
    }

    /** The id of pattern {@code number} within one SVG whose ids start with {@code prefix}. */
    static String patternId(String prefix, int number) {
        return prefix + "-pat" + number;
    }

    /**
     * The {@code <defs>} of every pattern for one SVG. Ids carry {@code prefix}, unique per SVG
     * in the page, because inline SVGs share the document's id space.
     */
    static void defs(Html h, String prefix) {
        h.raw("<defs>");
        String[] shapes = {
            "",
            "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4\" stroke=\"#000\" stroke-opacity=\".35\" stroke-width=\"1.4\"/>",
            "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#000\" fill-opacity=\".35\"/>",
            "<path d=\"M0,4 h8\" stroke=\"#000\" stroke-opacity=\".35\" stroke-width=\"1.4\"/>",
            "<path d=\"M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4\" stroke=\"#000\" stroke-opacity=\".35\" stroke-width=\"1.4\"/>",
            "<path d=\"M4,0 v8\" stroke=\"#000\" stroke-opacity=\".35\" stroke-width=\"1.4\"/>",
            "<path d=\"M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4 M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4\" stroke=\"#000\""
                    + " stroke-opacity=\".3\" stroke-width=\"1\"/>",
        };
        for (int i = 1; i < shapes.length; i++) {
            h.raw("<pattern id=\"").raw(patternId(prefix, i))
                    .raw("\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">").raw(shapes[i])
                    .raw("</pattern>");
        }
        h.raw("</defs>\n");
    }

    /**
     * A rectangle filled with {@code fill} and, unless the pattern is solid, the pattern laid
     * over it. {@code extra} is renderer-made attribute markup (e.g. a stroke).
     */
    static void rect(Html h, String prefix, int x, int y, int width, int height, String fill, int pattern,
            String extra) {
        String box = "x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\"";
        h.raw("<rect ").raw(box).raw(" fill=\"").raw(fill).raw("\"").raw(extra).raw("/>");
        if (pattern > 0) {
            h.raw("<rect ").raw(box).raw(" fill=\"url(#").raw(patternId(prefix, pattern)).raw(")\"/>");
        }
    }
}
