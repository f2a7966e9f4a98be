package org.reftally.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reftally.model.Counts;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.scheme.ElectoralOutcome.JurisdictionElectors;

/**
 * The jurisdictions as an inline SVG tile map: one square per jurisdiction, placed by
 * {@link TileLayouts}, coloured by its leading option and shaded by the margin, with the code and
 * the option's tag written on it and the full figures in a {@code <title>} tooltip.
 *
 * <p>The colouring is computed here for display only ({@link Leading}); it is not a decision. A
 * tie is a grey cross-hatched tile marked TIE; a jurisdiction without valid votes is white with a
 * dashed border. When a double majority was applied, a state whose approval it counted gets a bold
 * border and a check mark (read from the outcome, not computed here); when an electoral scheme
 * was applied, each tile carries its electors in small type, also read from the outcome. The
 * legend is drawn by
 * {@link TileLegend}. Stateless and thread-safe.
 */
final class TileMap {

    static final int TILE = 52;
    static final int GAP = 6;
    /** Longest code drawn on a tile; longer codes are cut, the tooltip has them whole. */
    private static final int CODE_CHARS = 10;

    private TileMap() {
    }

    static void render(Html h, ContestView view) {
        Map<Jurisdiction, Counts> counts = view.byJurisdiction();
        List<JurisdictionId> codes = counts.keySet().stream().map(Jurisdiction::id).toList();
        int tileWidth = tileWidth(codes);
        int maxColumns = Math.max(1, (SvgBarChart.WIDTH + GAP) / (tileWidth + GAP));
        TileLayouts.Layout layout = TileLayouts.forSet(view.set().name(), codes, maxColumns);
        int width = Math.max(1, layout.columns() * (tileWidth + GAP) - GAP);
        int height = Math.max(1, layout.rows() * (TILE + GAP) - GAP);
        String prefix = view.id("map");
        h.raw("<svg class=\"tile-map\" role=\"img\" width=\"").raw(width).raw("\" height=\"").raw(height)
                .raw("\" viewBox=\"0 0 ").raw(width).raw(" ").raw(height).raw("\" data-layout=\"")
                .raw(layout.name()).raw("\" aria-labelledby=\"").raw(prefix).raw("-title\">\n");
        h.raw("<title id=\"").raw(prefix).raw("-title\">Leading option by jurisdiction: ")
                .text(view.contest().name()).raw("</title>\n");
        SvgPaint.defs(h, prefix);
        Map<JurisdictionId, Jurisdiction> byId = new HashMap<>();
        counts.keySet().forEach(j -> byId.put(j.id(), j));
        // Tiles in reading order (row by row), so screen readers and tab order follow the grid.
        for (Map.Entry<JurisdictionId, TileLayouts.Position> cell : layout.positions().entrySet()) {
            Jurisdiction j = byId.get(cell.getKey());
            if (j != null) {
                TileLayouts.Position at = cell.getValue();
                tile(h, view, prefix, j, counts.get(j), at.column() * (tileWidth + GAP), at.row() * (TILE + GAP),
                        tileWidth);
            }
        }
        h.raw("</svg>\n");
    }

    private static void tile(Html h, ContestView view, String prefix, Jurisdiction j, Counts counts, int x, int y,
            int width) {
        Leading leading = Leading.of(counts);
        String fill;
        int pattern;
        String tag;
        String border = "";
        if (leading.hasLeader()) {
            OptionStyle style = view.styles().get(leading.option());
            fill = style.shade(Leading.STEP_TINTS.get(leading.step() - 1));
            pattern = style.pattern();
            tag = style.tag();
        } else if (leading.isTie()) {
            fill = SvgPaint.TIE;
            pattern = SvgPaint.TIE_PATTERN;
            tag = "TIE";
        } else {
            fill = SvgPaint.EMPTY;
            pattern = 0;
            tag = "–";
            border = " stroke=\"#9E9E9E\" stroke-dasharray=\"4 3\"";
        }
        String ink = SvgPaint.textOn(fill);
        String code = j.id().code();
        h.raw("<g class=\"tile\"").attr("data-code", code).raw("><title>").text(tooltip(view, j, counts, leading))
                .raw("</title>");
        SvgPaint.rect(h, prefix, x, y, width, TILE, fill, pattern, border);
        // A halo in the fill colour keeps the text legible over the pattern lines.
        String halo = "\" fill=\"" + ink + "\" stroke=\"" + fill + "\" stroke-width=\"3\" paint-order=\"stroke\">";
        h.raw("<text class=\"tile-code\" x=\"").raw(x + width / 2).raw("\" y=\"").raw(y + 24)
                .raw("\" text-anchor=\"middle").raw(halo).text(cut(code)).raw("</text>");
        h.raw("<text class=\"tile-tag\" x=\"").raw(x + width / 2).raw("\" y=\"").raw(y + 41)
                .raw("\" text-anchor=\"middle").raw(halo).text(tag).raw("</text>");
        view.electors(j.id()).filter(r -> r.electors().isPresent())
                .ifPresent(r -> electors(h, x, y, r.electors().getAsLong(), ink, fill));
        if (view.approval(j.id()).filter(r -> r.approves() && r.countsAsState()).isPresent()) {
            approvalMark(h, x, y, width, TILE, ink, fill);
        }
        h.raw("</g>\n");
    }

    /**
     * Marks a state whose approval counts in the double majority's states test: a bold inset
     * border and a check mark, so that approval reads without colour and apart from the leading
     * option's shade (a state can lead YES by votes yet not approve under a higher threshold).
     */
    static void approvalMark(Html h, int x, int y, int width, int height, String ink, String halo) {
        h.raw("<rect class=\"approves\" x=\"").raw(x + 2).raw("\" y=\"").raw(y + 2).raw("\" width=\"")
                .raw(width - 4).raw("\" height=\"").raw(height - 4)
                .raw("\" fill=\"none\" stroke=\"#1A1A1A\" stroke-width=\"4\"/>");
        h.raw("<text class=\"tile-mark\" x=\"").raw(x + width - 11).raw("\" y=\"").raw(y + 17)
                .raw("\" text-anchor=\"middle\" fill=\"").raw(ink).raw("\" stroke=\"").raw(halo)
                .raw("\" stroke-width=\"3\" paint-order=\"stroke\">✓</text>");
    }

    /**
     * Writes a jurisdiction's electors small in the tile's top-left corner, clear of the code and
     * of the approval mark (top right), when an electoral scheme was applied: the tile's leading
     * option is the one its electors went to (winner-take-all, as 48 states and DC appoint theirs),
     * unless its top votes tie.
     */
    static void electors(Html h, int x, int y, long electors, String ink, String halo) {
        h.raw("<text class=\"tile-electors\" x=\"").raw(x + 4).raw("\" y=\"").raw(y + 11)
                .raw("\" fill=\"").raw(ink).raw("\" stroke=\"").raw(halo)
                .raw("\" stroke-width=\"2\" paint-order=\"stroke\">").text(Figures.thousands(electors)).raw("</text>");
    }

    /** Name, code, the leader and margin, then every figure: one line each. */
    static String tooltip(ContestView view, Jurisdiction j, Counts counts, Leading leading) {
        StringBuilder t = new StringBuilder();
        t.append(j.name()).append(" (").append(j.id().code()).append(")\n");
        long valid = counts.valid();
        if (leading.hasLeader()) {
            t.append("Leading: ").append(view.styles().get(leading.option()).name()).append(" by ")
                    .append(view.figures().points(leading.margin())).append('\n');
        } else if (leading.isTie()) {
            t.append("Tie between ");
            for (int i = 0; i < leading.tied().size(); i++) {
                t.append(i == 0 ? "" : " and ").append(view.styles().get(leading.tied().get(i)).name());
            }
            t.append('\n');
        } else {
            t.append("No valid votes\n");
        }
        for (OptionStyle style : view.styles()) {
            long votes = counts.votes(style.index());
            t.append(style.name()).append(": ").append(view.figures().count(votes)).append(" (")
                    .append(view.optionShare(style.index(), votes, valid)).append(")\n");
        }
        view.approval(j.id()).ifPresent(r -> t.append(r.approves() ? "Approves " : "Does not approve ")
                .append(view.doubleMajority().orElseThrow().proposal().name())
                .append(r.countsAsState() ? " (weight " + r.weight().toDecimalString() + ")"
                        : " (weight 0: counted only in the national total)").append('\n'));
        view.electors(j.id()).ifPresent(r -> t.append(electorsLine(r)).append('\n'));
        t.append("Blank: ").append(view.figures().count(counts.blank())).append('\n');
        t.append("Invalid: ").append(view.figures().count(counts.invalid()));
        return t.toString();
    }

    /** {@code Electors: 3, to Trump}; not awarded when tied or without a valid vote; none when the set gives none. */
    static String electorsLine(JurisdictionElectors r) {
        if (r.electors().isEmpty()) {
            return "Electors: none in the jurisdiction set";
        }
        String count = "Electors: " + Figures.thousands(r.electors().getAsLong());
        return r.awardedTo().map(o -> count + ", to " + o.name())
                .orElse(count + ", not awarded (" + (r.leaders().isEmpty() ? "no valid votes" : "tie") + ")");
    }

    /** Wide enough for the longest code drawn, at about 8 px a character of 13 px bold text. */
    static int tileWidth(List<JurisdictionId> codes) {
        int longest = 0;
        for (JurisdictionId id : codes) {
            longest = Math.max(longest, cut(id.code()).codePointCount(0, cut(id.code()).length()));
        }
        return Math.max(TILE, 8 * longest + 14);
    }

    private static String cut(String code) {
        if (code.codePointCount(0, code.length()) <= CODE_CHARS) {
            return code;
        }
        return code.substring(0, code.offsetByCodePoints(0, CODE_CHARS - 1)) + "…";
    }
}
