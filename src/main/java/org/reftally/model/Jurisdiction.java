package org.reftally.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A state, canton, region or territory, with its weight in a count of states and the optional
 * figures a scheme may need.
 *
 * <p>Weight 1 is a full state; 1/2 a Swiss half-canton (Federal Constitution art. 142(4));
 * 0 a territory or DC, which counts in the national total but never in a count of states.
 * Immutable and thread-safe.
 *
 * @param population apportionment population, when known
 * @param electorate registered voters, when known
 * @param electors   electoral votes (US Electoral College), when known
 */
public record Jurisdiction(
        JurisdictionId id,
        String name,
        Fraction weight,
        OptionalLong population,
        OptionalLong electorate,
        OptionalLong electors) {

    public Jurisdiction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(electorate, "electorate");
        Objects.requireNonNull(electors, "electors");
        name = name == null || name.isBlank() ? id.code() : name.strip();
        if (weight.signum() < 0) {
            throw new IllegalArgumentException(id + ": weight must not be negative");
        }
        requireNonNegative(id, "population", population);
        requireNonNegative(id, "electorate", electorate);
        requireNonNegative(id, "electors", electors);
    }

    /** A jurisdiction of weight 1 known only by its code, as found in an input. */
    public static Jurisdiction named(JurisdictionId id) {
        return new Jurisdiction(id, id.code(), Fraction.ONE, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty());
    }

    /** Whether it takes part in a count of states (weight above zero). */
    public boolean countsAsState() {
        return weight.signum() > 0;
    }

    // equals and hashCode written out: the record's generated ones are linked through method handles
    // at their first call, which costs a tally some 50 ms of start-up (jurisdictions key the views).
    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction j && id.equals(j.id) && name.equals(j.name) && weight.equals(j.weight)
                && population.equals(j.population) && electorate.equals(j.electorate) && electors.equals(j.electors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, weight, population, electorate, electors);
    }

    private static void requireNonNegative(JurisdictionId id, String what, OptionalLong value) {
        if (value.isPresent() && value.getAsLong() < 0) {
            throw new IllegalArgumentException(id + ": " + what + " must not be negative");
        }
    }
}
