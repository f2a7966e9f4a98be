package org.reftally.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.reftally.model.JurisdictionId;

/**
 * Where each jurisdiction's tile sits on the map: built-in grids for the {@code us}, {@code ch}
 * and {@code au} sets, and a plain alphabetical grid for anything else.
 *
 * <p>A built-in grid is used only when it places every code to be drawn; otherwise the map falls
 * back to the plain grid rather than drop a jurisdiction. Stateless and thread-safe.
 */
final class TileLayouts {

    /** A tile's column and row, counted from the top-left corner. */
    record Position(int column, int row) {
    }

    /**
     * A grid of tiles. Immutable.
     *
     * @param name      {@code us}, {@code ch}, {@code au} or {@code plain}
     * @param positions each code's tile, in reading order (row by row, left to right)
     */
    record Layout(String name, int columns, int rows, Map<JurisdictionId, Position> positions) {
        Layout {
            positions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        }
    }

    /**
     * The 50 states and DC in the tile grid popularised by NPR (2015): one square per state,
     * placed to keep neighbours adjacent. Rows from the top; "." is an empty cell.
     */
    private static final List<String> US = List.of(
            "AK .  .  .  .  .  .  .  .  .  ME",
            ".  .  .  .  .  WI .  .  .  VT NH",
            "WA ID MT ND MN IL MI .  NY MA .",
            "OR NV WY SD IA IN OH PA NJ CT RI",
            "CA UT CO NE MO KY WV VA MD DE .",
            ".  AZ NM KS AR TN NC SC DC .  .",
            ".  .  .  OK LA MS AL GA .  .  .",
            "HI .  .  TX .  .  .  .  FL .  .");

    /**
     * The 26 Swiss cantons (Federal Constitution art. 1), placed from the approximate longitude
     * and latitude of each canton's centre: Basel and Schaffhausen along the northern border,
     * Geneva in the south-west, Ticino and Graubünden in the south-east.
     */
    private static final List<String> CH = List.of(
            ".  .  .  BS .  SH TG .",
            ".  .  JU BL AG ZH AR AI",
            ".  NE .  SO LU ZG SZ SG",
            ".  VD FR BE OW NW UR GL",
            "GE .  .  VS .  .  TI GR");

    /** The six Australian states and two mainland territories, with the ACT east of NSW. */
    private static final List<String> AU = List.of(
            ".   NT  QLD .",
            "WA  SA  NSW ACT",
            ".   .   VIC .",
            ".   .   TAS .");

    private static final Map<String, Layout> BUILT_IN = Map.of(
            "us", parse("us", US),
            "ch", parse("ch", CH),
            "au", parse("au", AU));

    /** The widest plain grid, so a long list of jurisdictions still fits the page. */
    private static final int PLAIN_MAX_COLUMNS = 12;

    private TileLayouts() {
    }

    /** The built-in grid named {@code name} ({@code us}, {@code ch}, {@code au}; any case). */
    static Optional<Layout> builtIn(String name) {
        return Optional.ofNullable(BUILT_IN.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The grid for a set named {@code setName} drawing {@code codes}: its built-in grid when that
     * places every code, else {@link #plain}.
     */
    static Layout forSet(String setName, Collection<JurisdictionId> codes, int maxColumns) {
        return builtIn(setName)
                .filter(layout -> layout.positions().keySet().containsAll(codes))
                .orElseGet(() -> plain(codes, maxColumns));
    }

    /**
     * The codes in alphabetical order, row by row, about twice as wide as tall and at most
     * {@code maxColumns} (and {@value #PLAIN_MAX_COLUMNS}) wide.
     */
    static Layout plain(Collection<JurisdictionId> codes, int maxColumns) {
        TreeSet<JurisdictionId> sorted = new TreeSet<>(codes);
        int n = sorted.size();
        int limit = Math.max(1, Math.min(maxColumns, PLAIN_MAX_COLUMNS));
        int columns = 1;
        while (columns < limit && columns * columns < 2 * n) {
            columns++;
        }
        Map<JurisdictionId, Position> positions = new LinkedHashMap<>();
        int i = 0;
        for (JurisdictionId id : sorted) {
            positions.put(id, new Position(i % columns, i / columns));
            i++;
        }
        int rows = (n + columns - 1) / columns;
        return new Layout("plain", n == 0 ? 0 : Math.min(columns, n), rows, positions);
    }

    private static Layout parse(String name, List<String> rows) {
        Map<JurisdictionId, Position> positions = new LinkedHashMap<>();
        int columns = 0;
        for (int row = 0; row < rows.size(); row++) {
            String[] cells = rows.get(row).trim().split("\\s+");
            columns = Math.max(columns, cells.length);
            for (int column = 0; column < cells.length; column++) {
                if (!cells[column].equals(".")
                        && positions.put(JurisdictionId.of(cells[column]), new Position(column, row)) != null) {
                    throw new IllegalStateException("layout " + name + " places " + cells[column] + " twice");
                }
            }
        }
        return new Layout(name, columns, rows.size(), positions);
    }
}
