package org.reftally.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts of one contest in every unit (jurisdiction and area) where ballots were counted.
 *
 * <p>Views by jurisdiction and nationally are sums of the units. When a jurisdiction set gives an
 * electorate and the input does not, the set's figure is used (the input wins when it reports
 * one for every area). Immutable and thread-safe.
 *
 * <p>Every scheme and every renderer asks for the views, often of the same set; a returns file can
 * have a million units. So the sums per jurisdiction are made once, on first use, and the last
 * set's views are kept: each is computed from the immutable units, so a race only computes the
 * same value twice, and the {@code volatile} fields publish them whole. Units given as
 * {@link UnitColumns} are summed from the columns, and become a map of {@link Counts} only when
 * {@link #units} is asked for (a text report never asks), likewise once.
 */
public final class ContestTally {

    private final Contest contest;
    /** The units as columns, or null when given as a map. */
    private final UnitColumns columns;
    /** The units as a map: given, or made from the columns on first use. */
    private volatile SortedMap<Unit, Counts> units;
    private final boolean hasAreas;
    /** The units summed per jurisdiction, in code order; made on first use. */
    private volatile SortedMap<JurisdictionId, Counts> sums;
    /** The views of the set asked for last. */
    private volatile Views last;

    /** The views of one jurisdiction set, kept for the next call with the same set. */
    private record Views(JurisdictionSet set, Map<Jurisdiction, Counts> byJurisdiction, Counts totals) {
    }

    public ContestTally(Contest contest, Map<Unit, Counts> units) {
        this.contest = Objects.requireNonNull(contest, "contest");
        TreeMap<Unit, Counts> copy = new TreeMap<>(units);
        boolean areas = false;
        for (Map.Entry<Unit, Counts> e : copy.entrySet()) {
            if (e.getValue().optionCount() != contest.optionCount()) {
                throw new IllegalArgumentException("counts do not match the options of contest " + contest.name());
            }
            areas |= e.getKey().hasArea();
        }
        this.columns = null;
        this.units = Collections.unmodifiableSortedMap(copy);
        this.hasAreas = areas;
    }

    /** The tally of units given as columns (a returns file's precincts, say). */
    public ContestTally(Contest contest, UnitColumns columns) {
        this.contest = Objects.requireNonNull(contest, "contest");
        if (columns.optionCount() != contest.optionCount()) {
            throw new IllegalArgumentException("counts do not match the options of contest " + contest.name());
        }
        this.columns = columns;
        this.hasAreas = columns.hasAreas();
    }

    public Contest contest() {
        return contest;
    }

    public SortedMap<Unit, Counts> units() {
        SortedMap<Unit, Counts> result = units;
        if (result == null) {
            result = columns.toMap();
            units = result;
        }
        return result;
    }

    /** Whether any unit has an area below its jurisdiction. */
    public boolean hasAreas() {
        return hasAreas;
    }

    /**
     * The counts per jurisdiction, in the set's order, for every member of the set (members with
     * no ballots get zero counts) and then any jurisdiction of the input the set lacks.
     */
    public Map<Jurisdiction, Counts> byJurisdiction(JurisdictionSet set) {
        return views(set).byJurisdiction();
    }

    /** The national totals: the sum of {@link #byJurisdiction}. */
    public Counts totals(JurisdictionSet set) {
        return views(set).totals();
    }

    private Views views(JurisdictionSet set) {
        Objects.requireNonNull(set, "set");
        Views views = last;
        // Identity, not equals: callers pass the same set object again and again, and comparing
        // two sets member by member would cost as much as the views themselves.
        if (views == null || views.set() != set) {
            views = computeViews(set);
            last = views;
        }
        return views;
    }

    private Views computeViews(JurisdictionSet set) {
        Map<JurisdictionId, Counts> rest = new TreeMap<>(sums());
        Map<Jurisdiction, Counts> result = new LinkedHashMap<>();
        for (Jurisdiction j : set.members()) {
            Counts counts = rest.remove(j.id());
            if (counts == null) {
                counts = Counts.zero(contest.optionCount());
            }
            result.put(j, withSetElectorate(counts, j));
        }
        rest.forEach((id, counts) -> result.put(Jurisdiction.named(id), counts));
        CountsSum total = new CountsSum(contest.optionCount());
        result.values().forEach(total::add);
        Counts totals = total.isEmpty() ? Counts.zero(contest.optionCount()) : total.toCounts();
        return new Views(set, Collections.unmodifiableMap(result), totals);
    }

    /** The units summed per jurisdiction; units are sorted by jurisdiction, so each is one run. */
    private SortedMap<JurisdictionId, Counts> sums() {
        SortedMap<JurisdictionId, Counts> result = sums;
        if (result == null) {
            Runs runs = new Runs(contest.optionCount());
            if (columns != null) {
                for (int i = 0; i < columns.size(); i++) {
                    columns.addTo(i, runs.of(columns.unit(i).jurisdiction()));
                }
            } else {
                for (Map.Entry<Unit, Counts> e : units.entrySet()) {
                    runs.of(e.getKey().jurisdiction()).add(e.getValue());
                }
            }
            result = Collections.unmodifiableSortedMap(runs.finish());
            sums = result;
        }
        return result;
    }

    /** The sums of runs of units of one jurisdiction each, for {@link #sums}. Not thread-safe. */
    private static final class Runs {

        private final int options;
        private final TreeMap<JurisdictionId, Counts> sums = new TreeMap<>();
        private JurisdictionId current;
        private CountsSum sum;

        Runs(int options) {
            this.options = options;
        }

        /** The running sum of {@code id}, whose units follow those of the jurisdiction before. */
        CountsSum of(JurisdictionId id) {
            if (!id.equals(current)) {
                close();
                current = id;
                sum = new CountsSum(options);
            }
            return sum;
        }

        TreeMap<JurisdictionId, Counts> finish() {
            close();
            return sums;
        }

        private void close() {
            if (sum != null) {
                sums.put(current, sum.toCounts());
            }
        }
    }

    /** The sum of two tallies of the same contest, unit by unit. */
    public ContestTally plus(ContestTally other) {
        if (!contest.equals(other.contest)) {
            throw new IllegalArgumentException("cannot add tallies of different contests: " + contest + " and "
                    + other.contest);
        }
        TreeMap<Unit, Counts> sum = new TreeMap<>(units());
        other.units().forEach((u, c) -> sum.merge(u, c, Counts::plus));
        return new ContestTally(contest, sum);
    }

    /**
     * The same counts under {@code target}'s name and options, each option matched by its key (any
     * case), e.g. to add tallies whose files list the options in another order or spelling.
     *
     * @throws IllegalArgumentException when {@code target} lacks an option of this tally
     */
    public ContestTally remappedTo(Contest target) {
        if (contest.equals(target)) {
            return this;
        }
        int[] to = new int[contest.optionCount()];
        for (int i = 0; i < to.length; i++) {
            to[i] = target.indexOf(contest.option(i).name());
            if (to[i] < 0) {
                throw new IllegalArgumentException("contest " + target.name() + " has no option " + contest.option(i));
            }
        }
        Map<Unit, Counts> remapped = new TreeMap<>();
        units().forEach((unit, c) -> {
            long[] votes = new long[target.optionCount()];
            for (int i = 0; i < to.length; i++) {
                votes[to[i]] = c.votes(i);
            }
            remapped.put(unit, new Counts(votes, c.blank(), c.invalid(), c.overvotes(), c.unrecognised(),
                    c.electorate()));
        });
        return new ContestTally(target, remapped);
    }

    private static Counts withSetElectorate(Counts counts, Jurisdiction j) {
        if (counts.electorate().complete() || j.electorate().isEmpty()) {
            return counts;
        }
        return counts.withElectorate(Count.of(j.electorate().getAsLong()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContestTally t && contest.equals(t.contest) && units().equals(t.units());
    }

    @Override
    public int hashCode() {
        return Objects.hash(contest, units());
    }
}
