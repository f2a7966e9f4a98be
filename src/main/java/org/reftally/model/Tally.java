package org.reftally.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tallies of every contest in a run, in input order. Immutable and thread-safe.
 */
public record Tally(List<ContestTally> contests) {

    public Tally {
        contests = List.copyOf(contests);
    }

    public Optional<ContestTally> contest(String name) {
        return contests.stream().filter(c -> c.contest().name().equalsIgnoreCase(name)).findFirst();
    }

    /** The sum of two tallies; contests with the same name must have the same options. */
    public Tally plus(Tally other) {
        Map<String, ContestTally> byName = new LinkedHashMap<>();
        for (ContestTally c : contests) {
            byName.put(c.contest().name(), c);
        }
        for (ContestTally c : other.contests) {
            byName.merge(c.contest().name(), c, ContestTally::plus);
        }
        return new Tally(new ArrayList<>(byName.values()));
    }
}
