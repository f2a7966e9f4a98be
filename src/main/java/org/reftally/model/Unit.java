package org.reftally.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where votes were counted: a jurisdiction, and within it an area (county, precinct,
 * municipality), or the empty area when the input has none. Immutable.
 */
public record Unit(JurisdictionId jurisdiction, String area) implements Comparable<Unit> {

    private static final Comparator<Unit> ORDER =
            Comparator.comparing(Unit::jurisdiction).thenComparing(Unit::area);

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
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return hasArea() ? jurisdiction + "/" + area : jurisdiction.toString();
    }
}
