package org.reftally.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** Small builders for model tests: units, ballot-like counts and partials. */
final class ModelFixtures {

    private ModelFixtures() {
    }

    static Unit unit(String jurisdiction, String area) {
        return new Unit(JurisdictionId.of(jurisdiction), area);
    }

    /** Counts as ballots give them: blank and invalid always reported, electorate never. */
    static Counts ballots(long blank, long invalid, long... votes) {
        return new Counts(votes, Count.of(blank), Count.of(invalid), 0, Map.of(), Count.NOT_REPORTED);
    }

    static ContestTally contest(Contest contest, Object... unitsAndCounts) {
        Map<Unit, Counts> units = new TreeMap<>();
        for (int i = 0; i < unitsAndCounts.length; i += 2) {
            units.put((Unit) unitsAndCounts[i], (Counts) unitsAndCounts[i + 1]);
        }
        return new ContestTally(contest, units);
    }

    static InputSummary input(String path, String sha, long rows, long rejected) {
        return new InputSummary(path, sha, 100, "ballots", rows, rows - rejected, rejected);
    }

    static JurisdictionSet implicitSet(String... codes) {
        return JurisdictionSet.implicit(java.util.Arrays.stream(codes).map(JurisdictionId::of).toList());
    }

    static JurisdictionSet declaredSet(String name, String... codes) {
        return new JurisdictionSet(name, java.util.Arrays.stream(codes).map(c -> new Jurisdiction(JurisdictionId.of(c),
                c + " state", Fraction.ONE, OptionalLong.empty(), OptionalLong.of(1000), OptionalLong.empty()))
                .toList(), false);
    }

    static PartialTally partial(String source, JurisdictionSet set, InputSummary input, ContestTally... contests) {
        return new PartialTally(source, new Tally(List.of(contests)), List.of(input), set);
    }
}
