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
 */
public final class ContestTally {

    private final Contest contest;
    private final SortedMap<Unit, Counts> units;

    public ContestTally(Contest contest, Map<Unit, Counts> units) {
        this.contest = Objects.requireNonNull(contest, "contest");
        TreeMap<Unit, Counts> copy = new TreeMap<>(units);
        copy.values().forEach(c -> {
            if (c.optionCount() != contest.optionCount()) {
                throw new IllegalArgumentException("counts do not match the options of contest " + contest.name());
            }
        });
        this.units = Collections.unmodifiableSortedMap(copy);
    }

    public Contest contest() {
        return contest;
    }

    public SortedMap<Unit, Counts> units() {
        return units;
    }

    /** Whether any unit has an area below its jurisdiction. */
    public boolean hasAreas() {
        return units.keySet().stream().anyMatch(Unit::hasArea);
    }

    /**
     * The counts per jurisdiction, in the set's order, for every member of the set (members with
     * no ballots get zero counts) and then any jurisdiction of the input the set lacks.
     */
    public Map<Jurisdiction, Counts> byJurisdiction(JurisdictionSet set) {
        Map<JurisdictionId, Counts> sums = new TreeMap<>();
        units.forEach((unit, counts) -> sums.merge(unit.jurisdiction(), counts, Counts::plus));
        Map<Jurisdiction, Counts> result = new LinkedHashMap<>();
        for (Jurisdiction j : set.members()) {
            Counts counts = sums.remove(j.id());
            if (counts == null) {
                counts = Counts.zero(contest.optionCount());
            }
            result.put(j, withSetElectorate(counts, j));
        }
        sums.forEach((id, counts) -> result.put(Jurisdiction.named(id), counts));
        return Collections.unmodifiableMap(result);
    }

    /** The national totals: the sum of {@link #byJurisdiction}. */
    public Counts totals(JurisdictionSet set) {
        Counts total = null;
        for (Counts c : byJurisdiction(set).values()) {
            total = total == null ? c : total.plus(c);
        }
        return total == null ? Counts.zero(contest.optionCount()) : total;
    }

    /** The sum of two tallies of the same contest, unit by unit. */
    public ContestTally plus(ContestTally other) {
        if (!contest.equals(other.contest)) {
            throw new IllegalArgumentException("cannot add tallies of different contests: " + contest + " and "
                    + other.contest);
        }
        TreeMap<Unit, Counts> sum = new TreeMap<>(units);
        other.units.forEach((u, c) -> sum.merge(u, c, Counts::plus));
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
        units.forEach((unit, c) -> {
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
        return o instanceof ContestTally t && contest.equals(t.contest) && units.equals(t.units);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contest, units);
    }
}
