package org.reftally.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reftally.model.Contest;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

/**
 * A deliberately tiny, independent recount of a generated file: lines split on commas (the
 * generator writes no quotes unless a name needs them, and these tests use none), the rules of a
 * ballots file applied by hand. It shares no code with the generator.
 */
record SyntheticRecount(long rows, long duplicates, long malformed, Map<Unit, Counts> units) {

    static SyntheticRecount of(String csv, Contest contest) {
        String[] lines = csv.split("\n", -1);
        if (!lines[0].equals("ballot_id,jurisdiction,choice")) {
            throw new AssertionError("unexpected header " + lines[0]);
        }
        if (!lines[lines.length - 1].isEmpty()) {
            throw new AssertionError("the file does not end in a line feed");
        }
        Set<String> ids = new HashSet<>();
        Map<Unit, long[]> votes = new TreeMap<>();
        Map<Unit, Map<String, Long>> unrecognised = new HashMap<>();
        long duplicates = 0;
        long malformed = 0;
        int k = contest.optionCount();
        for (int i = 1; i < lines.length - 1; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length != 3) {
                malformed++;
                continue;
            }
            if (!ids.add(cells[0])) {
                duplicates++;
                continue;
            }
            Unit unit = Unit.of(JurisdictionId.of(cells[1]));
            long[] v = votes.computeIfAbsent(unit, u -> new long[k + 2]);
            String choice = cells[2];
            int option = contest.indexOf(choice);
            if (choice.isEmpty()) {
                v[k]++;
            } else if (choice.contains("|")) {
                v[k + 1]++;
            } else if (option >= 0) {
                v[option]++;
            } else {
                unrecognised.computeIfAbsent(unit, u -> new TreeMap<>()).merge(choice, 1L, Long::sum);
            }
        }
        Map<Unit, Counts> units = new TreeMap<>();
        votes.forEach((unit, v) -> {
            Map<String, Long> unrec = unrecognised.getOrDefault(unit, Map.of());
            long invalid = v[k + 1] + unrec.values().stream().mapToLong(Long::longValue).sum();
            units.put(unit, new Counts(java.util.Arrays.copyOf(v, k), Count.of(v[k]), Count.of(invalid), v[k + 1],
                    unrec, Count.NOT_REPORTED));
        });
        return new SyntheticRecount(lines.length - 2, duplicates, malformed, units);
    }
}
