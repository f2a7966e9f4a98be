package org.reftally.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.reftally.model.Contest;
import org.reftally.model.Count;
import org.reftally.model.Counts;

/**
 * Reads one counts block of the JSON contract back into {@link Counts}: {@code votes} by option,
 * {@code blank}, {@code invalid}, {@code electorate} ({@code null}: not reported; a number listed
 * in {@code incomplete}: reported by some parts only), {@code overvotes} and {@code unrecognised}.
 * {@code valid} and {@code cast} are derived figures and must agree with the rest. Not thread-safe
 * only in the sense that it belongs to one read; it holds no mutable state.
 */
final class PartialCounts {

    private final JsonFields json;
    private final Contest contest;

    PartialCounts(JsonFields json, Contest contest) {
        this.json = json;
        this.contest = contest;
    }

    Counts read(JsonNode n, String where) {
        JsonNode votesNode = json.object(n, "votes", where);
        long[] votes = new long[contest.optionCount()];
        Set<Integer> seen = new HashSet<>();
        for (Map.Entry<String, JsonNode> e : votesNode.properties()) {
            int i = contest.indexOf(e.getKey());
            if (i < 0 || !seen.add(i)) {
                throw json.error(where + "votes has '" + e.getKey() + "', which is not one option of contest '"
                        + contest.name() + "'");
            }
            votes[i] = json.count(e.getValue(), where + "votes." + e.getKey());
        }
        if (seen.size() != votes.length) {
            throw json.error(where + "votes lacks an option of contest '" + contest.name() + "'");
        }
        Set<String> incomplete = new HashSet<>();
        json.require(n, "incomplete", where).forEach(x -> incomplete.add(x.asText()));
        Map<String, Long> unrecognised = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : json.object(n, "unrecognised", where).properties()) {
            unrecognised.put(e.getKey(), json.count(e.getValue(), where + "unrecognised." + e.getKey()));
        }
        Counts counts;
        try {
            counts = new Counts(votes, count(n, "blank", where, incomplete), count(n, "invalid", where, incomplete),
                    json.count(n, "overvotes", where), unrecognised, count(n, "electorate", where, incomplete));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw json.error(where + ": " + e.getMessage());
        }
        if (json.count(n, "valid", where) != counts.valid()) {
            throw json.error(where + "valid is not the sum of votes: the file was edited or damaged");
        }
        if (!count(n, "cast", where, incomplete).equals(counts.cast())) {
            throw json.error(where + "cast is not valid + blank + invalid: the file was edited or damaged");
        }
        return counts;
    }

    /** Null is "not reported"; a number listed under incomplete is a lower bound (docs/json-format.md). */
    private Count count(JsonNode n, String key, String where, Set<String> incomplete) {
        OptionalLong value = json.countOrNull(n, key, where);
        if (value.isEmpty()) {
            return Count.NOT_REPORTED;
        }
        return new Count(value.getAsLong(), !incomplete.contains(key));
    }
}
