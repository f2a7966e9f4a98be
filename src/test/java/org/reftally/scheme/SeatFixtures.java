package org.reftally.scheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Unit;

/** Small tallies and jurisdiction sets for the seat and elector tests, written as compactly as their figures. */
final class SeatFixtures {

    private SeatFixtures() {
    }

    /** A tally built one jurisdiction at a time: {@code tally("P", "A", "B").in("X", 10, 5).build()}. */
    static Builder tally(String contest, String... options) {
        return new Builder(Contest.of(contest, options));
    }

    /** A jurisdiction with electors (or none, if negative) and no population. */
    static Jurisdiction withElectors(String code, long electors) {
        return new Jurisdiction(JurisdictionId.of(code), code, Fraction.ONE, OptionalLong.empty(),
                OptionalLong.empty(), electors < 0 ? OptionalLong.empty() : OptionalLong.of(electors));
    }

    /** A jurisdiction with a population (or none, if negative) and no electors. */
    static Jurisdiction withPopulation(String code, String name, long population) {
        return new Jurisdiction(JurisdictionId.of(code), name, Fraction.ONE,
                population < 0 ? OptionalLong.empty() : OptionalLong.of(population), OptionalLong.empty(),
                OptionalLong.empty());
    }

    static JurisdictionSet set(Jurisdiction... members) {
        return new JurisdictionSet("test", List.of(members), false);
    }

    static final class Builder {
        private final Contest contest;
        private final Map<Unit, Counts> units = new LinkedHashMap<>();

        Builder(Contest contest) {
            this.contest = contest;
        }

        /** The valid votes per option in jurisdiction {@code code}. */
        Builder in(String code, long... votes) {
            units.put(Unit.of(JurisdictionId.of(code)),
                    new Counts(votes, Count.ZERO, Count.ZERO, 0, Map.of(), Count.NOT_REPORTED));
            return this;
        }

        ContestTally build() {
            return new ContestTally(contest, units);
        }
    }
}
