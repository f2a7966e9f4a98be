package org.reftally.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.reftally.model.Contest;

/**
 * How one option of a contest is drawn: a colour from the Okabe–Ito palette, a fill pattern and a
 * short text tag, so that the option is never told by colour alone.
 *
 * <p>The palette (Okabe and Ito, "Color Universal Design", 2008) stays distinguishable under the
 * common colour-vision deficiencies and never sets red against green; the first two options get
 * blue and orange. Colours repeat after seven options, patterns after six; as 7 and 6 are
 * coprime, no two of the first 42 options share both. Immutable.
 *
 * @param index   the option's position in the contest
 * @param name    the option's declared name (input text: escape when writing)
 * @param colour  {@code #RRGGBB}
 * @param pattern the fill pattern number, 0 (solid) to {@link #PATTERNS}-1
 * @param tag     the text shown on map tiles: the name when every name is short, else a letter
 */
record OptionStyle(int index, String name, String colour, int pattern, String tag) {

    /** Okabe–Ito without black, which would read as the grey of a tie. */
    static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442");

    /** Fill patterns: solid, slashes, dots, horizontal lines, backslashes, vertical lines. */
    static final int PATTERNS = 6;

    /** Longest option name (in code points) shown on a tile as it is. */
    private static final int SHORT_NAME = 4;

    /** The styles of every option of {@code contest}, in declared order. */
    static List<OptionStyle> of(Contest contest) {
        boolean namesAsTags = true;
        Set<String> seen = new HashSet<>();
        for (var option : contest.options()) {
            String name = option.name();
            namesAsTags &= name.codePointCount(0, name.length()) <= SHORT_NAME
                    && seen.add(name.toUpperCase(Locale.ROOT));
        }
        List<OptionStyle> styles = new ArrayList<>();
        for (int i = 0; i < contest.optionCount(); i++) {
            String name = contest.option(i).name();
            String tag = namesAsTags ? name : letter(i);
            styles.add(new OptionStyle(i, name, PALETTE.get(i % PALETTE.size()), i % PATTERNS, tag));
        }
        return List.copyOf(styles);
    }

    /** A, B, ... Z, then 27, 28, ... */
    private static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1);
    }

    /**
     * This colour mixed with white: {@code percent} 100 is the colour itself, lower is lighter.
     * Integer arithmetic, so the same shade always gives the same bytes.
     */
    String shade(int percent) {
        return SvgPaint.mix(colour, percent);
    }
}
