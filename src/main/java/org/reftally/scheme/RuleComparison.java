package org.reftally.scheme;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One contest decided under every scheme and named rule that applies to it, side by side: the
 * same votes, different rules, and sometimes different answers (the Responsible Business
 * Initiative of 2020 carried the people, 50.73%, and failed the cantons, 8.5 : 14.5). Built by
 * {@link Comparisons}.
 *
 * <p>Invariants: every applicable candidate appears once, in {@link #rows()} with its outcome
 * or in {@link #notApplied()} with the reason, in the order compared; names are unique. Named
 * {@code RuleComparison} because {@code org.reftally.model.Comparison} already names the two
 * ways a threshold compares. Immutable and thread-safe.
 *
 * @param contest    the contest's name
 * @param rows       the outcome under each scheme or rule that applied
 * @param notApplied the candidates that could not be applied to this input, each with its reason
 */
public record RuleComparison(String contest, List<Row> rows, List<NotApplied> notApplied) {

    public RuleComparison {
        Objects.requireNonNull(contest, "contest");
        rows = List.copyOf(rows);
        notApplied = List.copyOf(notApplied);
    }

    /** Whether a row is a scheme with its defaults or a named rule ({@code reftally rules}). */
    public enum Kind {
        SCHEME,
        RULE;

        /** {@code scheme} or {@code rule}. */
        public String word() {
            return this == SCHEME ? "scheme" : "rule";
        }
    }

    /**
     * One scheme or rule applied to the contest.
     *
     * @param name            the scheme's or rule's command-line name, e.g. {@code ch-people-and-cantons}
     * @param kind            a scheme with its defaults, or a named rule
     * @param basis           the rule's legal reference, or what the scheme decides by, in plain words
     * @param jurisdictionSet the name of the jurisdiction set it was counted against
     * @param outcome         the decision with its reasons and deciding figure
     * @param notes           what the reader must know about its settings, e.g. a set that overrides the rule's
     */
    public record Row(String name, Kind kind, String basis, String jurisdictionSet, Outcome outcome,
            List<String> notes) {
        public Row {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(jurisdictionSet, "jurisdictionSet");
            Objects.requireNonNull(outcome, "outcome");
            notes = List.copyOf(notes);
        }
    }

    /**
     * A scheme or rule that could not be applied to this input.
     *
     * @param reason why, in words a user can act on (e.g. "give --require CODE")
     */
    public record NotApplied(String name, Kind kind, String reason) {
        public NotApplied {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Whether every row reached the same decision (true with fewer than two rows). */
    public boolean agree() {
        return rows.stream().map(r -> r.outcome().decision()).distinct().count() <= 1;
    }

    /** The names of the rows by decision, in the order of {@link Decision}; decisions no row reached are left out. */
    public Map<Decision, List<String>> byDecision() {
        Map<Decision, List<String>> map = new EnumMap<>(Decision.class);
        for (Row row : rows) {
            map.computeIfAbsent(row.outcome().decision(), d -> new ArrayList<>()).add(row.name());
        }
        map.replaceAll((d, names) -> List.copyOf(names));
        return java.util.Collections.unmodifiableMap(map);
    }
}
