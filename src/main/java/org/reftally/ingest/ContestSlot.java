package org.reftally.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;

/**
 * One contest being counted: its options with dense indices, and the mutable counts of each unit.
 *
 * <p>A slot is <em>closed</em> when its options are known up front (declared, the ballots default
 * YES/NO, or a wide returns header) and <em>open</em> when they are learned from a long returns
 * file in order of first appearance. It also keeps running totals so that no sum a report makes
 * later (a jurisdiction, the nation) can overflow a {@code long}.
 *
 * <p>Not thread-safe.
 */
final class ContestSlot {

    private final String name;
    private final boolean open;
    private final List<OptionId> options;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Unit, UnitCounts> units = new HashMap<>();
    /** The units given whole by wide returns rows; null until the first. */
    private WholeUnits whole;
    private long castTotal;
    private long electorateTotal;

    ContestSlot(String name, List<OptionId> options, boolean open) {
        this.name = name;
        this.open = open;
        this.options = new ArrayList<>(options);
        for (int i = 0; i < options.size(); i++) {
            index.put(options.get(i).key(), i);
        }
    }

    String name() {
        return name;
    }

    boolean isOpen() {
        return open;
    }

    List<OptionId> options() {
        return List.copyOf(options);
    }

    int optionCount() {
        return options.size();
    }

    /** The index of the option {@code raw} names (trimmed, any case), or -1. */
    int indexOf(String raw) {
        Integer i = index.get(OptionId.key(raw));
        return i == null ? -1 : i;
    }

    /** Like {@link #indexOf}, but an open slot learns an option it has not seen. */
    int indexOrAdd(String raw) {
        int i = indexOf(raw);
        if (i >= 0 || !open) {
            return i;
        }
        options.add(OptionId.of(raw));
        index.put(OptionId.key(raw), options.size() - 1);
        return options.size() - 1;
    }

    /** The counts of {@code unit}, created empty on first use. */
    UnitCounts unit(Unit unit, boolean fromBallots) {
        UnitCounts counts = units.get(unit);
        if (counts == null) {
            counts = new UnitCounts(options.size(), fromBallots);
            units.put(unit, counts);
        }
        return counts;
    }

    /**
     * Adds a unit given whole by one wide returns row: {@code votes} per option (in option order),
     * and blank, invalid and electorate, each {@link org.reftally.model.UnitColumns#NOT_REPORTED}
     * or a count. The unit must be new to the slot: the run's duplicate check makes it so; a slot
     * has units of one kind only (one file, one layout).
     */
    void addWhole(Unit unit, long[] votes, long blank, long invalid, long electorate) {
        if (whole == null) {
            whole = new WholeUnits(options.size());
        }
        whole.add(unit, votes, blank, invalid, electorate);
    }

    /** Whether any unit has counts. */
    boolean hasUnits() {
        return !units.isEmpty() || whole != null;
    }

    /**
     * Reserves room for {@code cast} more ballots and {@code electorate} more voters; false (and
     * nothing reserved) when the contest's total would no longer fit a {@code long}.
     */
    boolean reserve(long cast, long electorate) {
        long newCast = castTotal + cast;
        long newElectorate = electorateTotal + electorate;
        if (newCast < castTotal || newElectorate < electorateTotal) {
            return false;
        }
        castTotal = newCast;
        electorateTotal = newElectorate;
        return true;
    }

    /** The immutable tally of what was counted. */
    ContestTally freeze() {
        Contest contest = new Contest(name, options);
        if (whole != null) {
            return new ContestTally(contest, whole.columns());
        }
        // Sorted here, once: ContestTally copies a sorted map in linear time.
        Map<Unit, org.reftally.model.Counts> frozen = new TreeMap<>();
        units.forEach((u, c) -> frozen.put(u, c.freeze(options.size())));
        return new ContestTally(contest, frozen);
    }
}
