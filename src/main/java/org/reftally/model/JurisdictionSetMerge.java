package org.reftally.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The jurisdiction set of a merge: the one every partial was tallied against, the union of the
 * sets the partials took from their inputs, or the set the merge is told to use.
 *
 * <ul>
 *   <li>With a declared set: every partial that declared a set must have declared one with the
 *       same members (a partial without one is checked unit by unit in {@link TallyMerge}).</li>
 *   <li>Otherwise, when every partial declared a set: they must have the same members; the first
 *       partial's set (and name) is used.</li>
 *   <li>Otherwise, when no partial declared one: the union of their implicit sets, sorted by code,
 *       each jurisdiction named as the first partial that knows a name for it says (the rule a
 *       single run uses for names taken from returns files).</li>
 *   <li>A mix of declared and implicit sets is refused: it is not the same count.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class JurisdictionSetMerge {

    private JurisdictionSetMerge() {
    }

    /**
     * The set to merge against.
     *
     * @throws MergeConflictException when the partials' sets disagree with each other or with {@code declared}
     */
    public static JurisdictionSet merge(List<PartialTally> partials, Optional<JurisdictionSet> declared) {
        if (declared.isPresent()) {
            for (PartialTally p : partials) {
                if (!p.jurisdictions().isImplicit() && !sameMembers(p.jurisdictions(), declared.get())) {
                    throw new MergeConflictException(p.source() + " was tallied against the jurisdiction set "
                            + p.jurisdictions().name() + ", which differs from the set " + declared.get().name()
                            + " given to the merge");
                }
            }
            return declared.get();
        }
        PartialTally first = partials.get(0);
        for (PartialTally p : partials) {
            if (p.jurisdictions().isImplicit() != first.jurisdictions().isImplicit()) {
                PartialTally withSet = p.jurisdictions().isImplicit() ? first : p;
                PartialTally without = p.jurisdictions().isImplicit() ? p : first;
                throw new MergeConflictException(withSet.source() + " was tallied against the jurisdiction set "
                        + withSet.jurisdictions().name() + " but " + without.source() + " without one (its"
                        + " jurisdictions were taken from its input); tally both with the same --jurisdictions, or"
                        + " give --jurisdictions to the merge");
            }
            if (!p.jurisdictions().isImplicit() && !sameMembers(p.jurisdictions(), first.jurisdictions())) {
                throw new MergeConflictException(first.source() + " was tallied against the jurisdiction set "
                        + first.jurisdictions().name() + " and " + p.source() + " against "
                        + p.jurisdictions().name() + ", whose members differ; tally both against the same set");
            }
        }
        return first.jurisdictions().isImplicit() ? union(partials) : first.jurisdictions();
    }

    /** Same members, in the same order, with the same weights and figures; the name may differ. */
    private static boolean sameMembers(JurisdictionSet a, JurisdictionSet b) {
        return a.members().equals(b.members());
    }

    private static JurisdictionSet union(List<PartialTally> partials) {
        Map<JurisdictionId, String> names = new TreeMap<>();
        for (PartialTally p : partials) {
            for (Jurisdiction j : p.jurisdictions().members()) {
                // A name equal to the code is what a jurisdiction without a name gets: a later
                // partial that knows a real name supplies it, as a later returns row does in a run.
                String name = j.name().equals(j.id().code()) ? "" : j.name();
                String earlier = names.get(j.id());
                if (earlier == null || (earlier.isEmpty() && !name.isEmpty())) {
                    names.put(j.id(), name);
                }
            }
        }
        List<Jurisdiction> members = new ArrayList<>();
        names.forEach((id, name) -> members.add(new Jurisdiction(id, name, Fraction.ONE, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.empty())));
        return new JurisdictionSet(JurisdictionSet.implicit(names.keySet()).name(), members, true);
    }
}
