package org.reftally.model;

import java.util.Objects;

/**
 * Where votes were counted: a jurisdiction, and within it an area (county, precinct,
 * municipality), or the empty area when the input has none. Immutable.
 */
public record Unit(JurisdictionId jurisdiction, String area) implements Comparable<Unit> {

    public Unit {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        area = area == null ? "" : area.strip();
    }

    public static Unit of(JurisdictionId jurisdiction) {
        return new Unit(jurisdiction, "");
    }

    public boolean hasArea() {
        return !area.isEmpty();
    }

    @Override
    public int compareTo(Unit other) {
        // By jurisdiction, then area: written out rather than built from Comparator.comparing because a returns file of a
        // million units sorts through here some twenty million times.
        int c = jurisdiction.compareTo(other.jurisdiction);
        return c != 0 ? c : area.compareTo(other.area);
    }

    // equals and hashCode written out: the record's generated ones go through method handles, which
    // the JIT takes several times longer to compile, and units are hash keys on the hot path of reading.
    @Override
    public boolean equals(Object o) {
        return o instanceof Unit u && jurisdiction.equals(u.jurisdiction) && area.equals(u.area);
    }

    @Override
    public int hashCode() {
        return 31 * jurisdiction.hashCode() + area.hashCode();
    }

    @Override
    public String toString() {
        return hasArea() ? jurisdiction + "/" + area : jurisdiction.toString();
    }
}
