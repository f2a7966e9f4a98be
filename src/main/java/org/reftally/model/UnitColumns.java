package org.reftally.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * The counts of one contest in many units, kept in columns as a returns file gives them: for
 * each unit the votes of each option, then blank, invalid and the electorate, each of the last
 * three a count or {@link #NOT_REPORTED}. No overvotes and no unrecognised ballots: returns give
 * invalid ballots as one figure.
 *
 * <p>Why columns: a returns file of a million precincts would otherwise be a million {@link Counts}
 * (each with its array and counts) in a sorted map before anything is summed, and every one of
 * them is work for the collector while the file is read. {@link ContestTally} sums these columns
 * directly and makes a unit's {@code Counts} only when asked for the units.
 *
 * <p>Invariants: units in ascending order, each once; votes not negative; blank, invalid and
 * electorate not negative or {@code NOT_REPORTED}. Immutable and thread-safe: {@link #of} copies.
 */
public final class UnitColumns {

    /** A blank, invalid or electorate figure the source did not report (see {@link Count#NOT_REPORTED}). */
    public static final long NOT_REPORTED = -1;

    private final Unit[] units;
    private final int options;
    private final int width;
    private final long[] figures;

    private UnitColumns(Unit[] units, int options, long[] figures) {
        this.units = units;
        this.options = options;
        this.width = options + 3;
        this.figures = figures;
    }

    /**
     * The columns of the first {@code size} units of {@code units}, in any order, and their
     * figures: {@code options + 3} per unit (votes per option, blank, invalid, electorate) from
     * {@code figures[0]}. Sorted by unit here; the arrays are copied, never kept.
     *
     * @throws IllegalArgumentException when a unit is given twice, a figure is negative (other
     *                                  than a not reported blank, invalid or electorate), or the
     *                                  arrays are too short
     */
    public static UnitColumns of(Unit[] units, int options, long[] figures, int size) {
        int width = options + 3;
        if (options < 0 || size < 0 || units.length < size || figures.length < (long) size * width) {
            throw new IllegalArgumentException("the columns of " + size + " units of " + options
                    + " options need more figures or units");
        }
        Unit[] sortedUnits = Arrays.copyOf(units, size);
        long[] sortedFigures = Arrays.copyOf(figures, size * width);
        // Units in strictly ascending order are distinct: that one pass is all a file listed in
        // order costs. Otherwise sort, and then a repeat is next to its twin.
        if (!strictlyAscending(sortedUnits)) {
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparing(i -> units[i]));
            for (int i = 0; i < size; i++) {
                sortedUnits[i] = units[order[i]];
                System.arraycopy(figures, order[i] * width, sortedFigures, i * width, width);
                if (i > 0 && sortedUnits[i - 1].compareTo(sortedUnits[i]) == 0) {
                    throw new IllegalArgumentException("unit " + sortedUnits[i] + " is given twice");
                }
            }
        }
        for (int j = 0; j < sortedFigures.length; j++) {
            long figure = sortedFigures[j];
            if (figure < 0 && (j % width < options || figure != NOT_REPORTED)) {
                throw new IllegalArgumentException("a count must not be negative: " + figure + " in unit "
                        + sortedUnits[j / width]);
            }
        }
        return new UnitColumns(sortedUnits, options, sortedFigures);
    }

    private static boolean strictlyAscending(Unit[] units) {
        for (int i = 1; i < units.length; i++) {
            if (units[i - 1].compareTo(units[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return units.length;
    }

    public int optionCount() {
        return options;
    }

    /** The {@code i}th unit in ascending order. */
    public Unit unit(int i) {
        return units[i];
    }

    /** The counts of the {@code i}th unit, made afresh. */
    public Counts counts(int i) {
        int at = i * width;
        return new Counts(Arrays.copyOfRange(figures, at, at + options), count(figures[at + options]),
                count(figures[at + options + 1]), 0, Map.of(), count(figures[at + options + 2]));
    }

    /** Whether any unit has an area below its jurisdiction. */
    boolean hasAreas() {
        for (Unit u : units) {
            if (u.hasArea()) {
                return true;
            }
        }
        return false;
    }

    /** Adds the {@code i}th unit's figures to {@code sum}, as adding its {@link #counts} would. */
    void addTo(int i, CountsSum sum) {
        sum.add(figures, i * width);
    }

    /** Every unit and its counts, made now, as an immutable sorted map. */
    SortedArrayMap<Unit, Counts> toMap() {
        Counts[] counts = new Counts[units.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = counts(i);
        }
        return new SortedArrayMap<>(units, counts);
    }

    private static Count count(long figure) {
        return figure == NOT_REPORTED ? Count.NOT_REPORTED : Count.of(figure);
    }
}
