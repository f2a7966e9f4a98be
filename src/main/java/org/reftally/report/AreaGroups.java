package org.reftally.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

/**
 * The areas of a tally grouped by jurisdiction in one pass, each group in the tally's unit order:
 * renderers that list every jurisdiction's areas would otherwise scan all units once per
 * jurisdiction, which for a returns file of a million precincts is fifty million steps.
 * Stateless and thread-safe.
 */
final class AreaGroups {

    private AreaGroups() {
    }

    /** Each jurisdiction's units, in {@link ContestTally#units()} order; empty when the tally has no areas. */
    static Map<JurisdictionId, List<Map.Entry<Unit, Counts>>> of(ContestTally tally) {
        Map<JurisdictionId, List<Map.Entry<Unit, Counts>>> groups = new HashMap<>();
        if (tally.hasAreas()) {
            for (Map.Entry<Unit, Counts> unit : tally.units().entrySet()) {
                groups.computeIfAbsent(unit.getKey().jurisdiction(), j -> new ArrayList<>()).add(unit);
            }
        }
        return groups;
    }
}
