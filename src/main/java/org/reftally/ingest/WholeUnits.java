package org.reftally.ingest;

import java.util.Arrays;
import org.reftally.model.Unit;
import org.reftally.model.UnitColumns;

/**
 * The counts of the units of one contest that a wide returns file gives whole, one row per unit:
 * votes per option, blank, invalid and electorate, each of the last three possibly not reported.
 *
 * <p>Kept as one row of {@code long}s per unit in a shared array, not as a {@link UnitCounts} in a
 * map, and handed to the model as {@link UnitColumns}: a returns file may hold a million precincts,
 * and every object kept alive while it is read is copied by each young collection. Every unit is
 * new here: the run's duplicate check ({@link SeenUnits}) rejects a second row for a place before
 * it is counted.
 *
 * <p>Not thread-safe: owned by one {@link ContestSlot}.
 */
final class WholeUnits {

    private final int options;
    private final int width;
    private Unit[] units = new Unit[64];
    /** Per unit: the votes of each option, then blank, invalid and electorate. */
    private long[] figures;
    private int size;

    WholeUnits(int options) {
        this.options = options;
        this.width = options + 3;
        this.figures = new long[units.length * width];
    }

    /**
     * Adds a unit with {@code votes} per option (in the contest's option order) and the other
     * figures, each {@link UnitColumns#NOT_REPORTED} or a count.
     */
    void add(Unit unit, long[] votes, long blank, long invalid, long electorate) {
        if (size == units.length) {
            units = Arrays.copyOf(units, size * 2);
            figures = Arrays.copyOf(figures, units.length * width);
        }
        int at = size * width;
        System.arraycopy(votes, 0, figures, at, options);
        figures[at + options] = blank;
        figures[at + options + 1] = invalid;
        figures[at + options + 2] = electorate;
        units[size++] = unit;
    }

    /** The units added so far, sorted, as the model keeps them. */
    UnitColumns columns() {
        return UnitColumns.of(units, options, figures, size);
    }
}
