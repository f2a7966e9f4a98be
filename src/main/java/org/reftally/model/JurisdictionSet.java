package org.reftally.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The jurisdictions of one count, in their declared order (the order reports use), with no code
 * twice.
 *
 * <p>{@code implicit} marks a set that was not declared but made from the codes found in the
 * input, each of weight 1. Immutable and thread-safe.
 */
public final class JurisdictionSet {

    private final String name;
    private final boolean implicit;
    private final Map<JurisdictionId, Jurisdiction> byId;

    public JurisdictionSet(String name, Collection<Jurisdiction> members, boolean implicit) {
        this.name = Objects.requireNonNull(name, "name");
        this.implicit = implicit;
        Map<JurisdictionId, Jurisdiction> map = new LinkedHashMap<>();
        for (Jurisdiction j : members) {
            if (map.putIfAbsent(j.id(), j) != null) {
                throw new IllegalArgumentException("jurisdiction " + j.id() + " is listed twice in set " + name);
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** A set made from the codes found in an input: weight 1 each, sorted by code. */
    public static JurisdictionSet implicit(Collection<JurisdictionId> ids) {
        return new JurisdictionSet("(from input)",
                ids.stream().sorted().distinct().map(Jurisdiction::named).toList(), true);
    }

    public String name() {
        return name;
    }

    public boolean isImplicit() {
        return implicit;
    }

    public List<Jurisdiction> members() {
        return List.copyOf(byId.values());
    }

    public Optional<Jurisdiction> find(JurisdictionId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean contains(JurisdictionId id) {
        return byId.containsKey(id);
    }

    public int size() {
        return byId.size();
    }

    /** The sum of the weights of all members: 23 for the Swiss cantons, 50 for the US states. */
    public Fraction totalWeight() {
        Fraction total = Fraction.ZERO;
        for (Jurisdiction j : byId.values()) {
            total = total.plus(j.weight());
        }
        return total;
    }

    /** The position of a member in the declared order, or -1. */
    public int indexOf(JurisdictionId id) {
        int i = 0;
        for (JurisdictionId each : byId.keySet()) {
            if (each.equals(id)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    @Override
    public String toString() {
        return name;
    }
}
