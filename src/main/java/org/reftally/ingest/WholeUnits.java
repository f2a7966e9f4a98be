package org.reftally.ingest;

import java.util.Arrays;
import java.util.Map;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Unit;

/**
 * The counts of the units of one contest that a wide returns file gives whole, one row per unit:
 * votes per option, blank, invalid and electorate, each of the last three possibly not reported.
 *
 * <p>Kept as one row of {@code long}s per unit in a shared array, not as a {@link UnitCounts} in a
 * map: a returns file may hold a million precincts, and every object kept alive while it is read is
 * copied by each young collection. Every unit is new here: the run's duplicate check
 * ({@link SeenUnits}) rejects a second row for a place before it is counted.
 *
 * <p>Not thread-safe: owned by one {@link ContestSlot}.
 */
final class WholeUnits {

    /** A figure the row did not report (an empty optional cell). */
    static final long NOT_REPORTED = -1;

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
     * figures, each {@link #NOT_REPORTED} or a count.
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

    int size() {
        return size;
    }

    /** The {@code i}th unit added. */
    Unit unit(int i) {
        return units[i];
    }

    /** The immutable counts of the {@code i}th unit added. */
    Counts counts(int i) {
        int at = i * width;
        return new Counts(Arrays.copyOfRange(figures, at, at + options), count(figures[at + options]),
                count(figures[at + options + 1]), 0, Map.of(), count(figures[at + options + 2]));
    }

    private static Count count(long figure) {
        return figure == NOT_REPORTED ? Count.NOT_REPORTED : Count.of(figure);
    }
}
