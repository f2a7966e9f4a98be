package org.reftally.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A running sum of {@link Counts}, with the same result as folding them with
 * {@link Counts#plus} (the same overflow check, the same "complete only when every part is" rule)
 * but without an immutable {@code Counts} per step: summing a million units makes one object, not
 * a million.
 *
 * <p>Not thread-safe; used only inside a method, never shared.
 */
final class CountsSum {

    private final long[] votes;
    private long blank;
    private boolean blankComplete = true;
    private long invalid;
    private boolean invalidComplete = true;
    private long overvotes;
    private TreeMap<String, Long> unrecognised;
    private long electorate;
    private boolean electorateComplete = true;
    private boolean empty = true;

    CountsSum(int options) {
        this.votes = new long[options];
    }

    /** Adds {@code c}; overflow throws {@link ArithmeticException}, as {@link Counts#plus} does. */
    void add(Counts c) {
        if (c.optionCount() != votes.length) {
            throw new IllegalArgumentException("cannot add counts of contests with different options");
        }
        for (int i = 0; i < votes.length; i++) {
            votes[i] = Math.addExact(votes[i], c.votes(i));
        }
        blank = Math.addExact(blank, c.blank().value());
        blankComplete &= c.blank().complete();
        invalid = Math.addExact(invalid, c.invalid().value());
        invalidComplete &= c.invalid().complete();
        overvotes = Math.addExact(overvotes, c.overvotes());
        electorate = Math.addExact(electorate, c.electorate().value());
        electorateComplete &= c.electorate().complete();
        if (!c.unrecognised().isEmpty()) {
            if (unrecognised == null) {
                unrecognised = new TreeMap<>();
            }
            c.unrecognised().forEach((k, v) -> unrecognised.merge(k, v, Math::addExact));
        }
        empty = false;
    }

    /**
     * Adds a unit given as figures ({@link UnitColumns}): the votes of each option from
     * {@code figures[from]}, then blank, invalid and electorate, each a count or
     * {@link UnitColumns#NOT_REPORTED}. The same as adding the unit's {@code Counts}.
     */
    void add(long[] figures, int from) {
        for (int i = 0; i < votes.length; i++) {
            votes[i] = Math.addExact(votes[i], figures[from + i]);
        }
        long b = figures[from + votes.length];
        long inv = figures[from + votes.length + 1];
        long e = figures[from + votes.length + 2];
        // A figure not reported is Count.NOT_REPORTED: it adds nothing and makes the sum incomplete.
        blank = Math.addExact(blank, Math.max(b, 0));
        blankComplete &= b != UnitColumns.NOT_REPORTED;
        invalid = Math.addExact(invalid, Math.max(inv, 0));
        invalidComplete &= inv != UnitColumns.NOT_REPORTED;
        electorate = Math.addExact(electorate, Math.max(e, 0));
        electorateComplete &= e != UnitColumns.NOT_REPORTED;
        empty = false;
    }

    /** Whether nothing was added. */
    boolean isEmpty() {
        return empty;
    }

    /** The sum so far; only meaningful once something was added. */
    Counts toCounts() {
        return new Counts(votes, new Count(blank, blankComplete), new Count(invalid, invalidComplete), overvotes,
                unrecognised == null ? Map.of() : unrecognised, new Count(electorate, electorateComplete));
    }
}
