package org.reftally.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ballots of one contest in one place (a unit, a jurisdiction or the nation).
 *
 * <p>Every ballot cast is valid (one recognised option), blank, or invalid; so
 * {@code cast = valid + blank + invalid}. Invalid ballots include overvotes and unrecognised
 * values, which are listed by their text; both are votes cast, not data errors. Blank, invalid
 * and electorate may be unreported in returns (see {@link Count}).
 *
 * <p>Counts are mergeable: {@link #plus} is associative and commutative, so partial tallies of
 * any split of the input add up to the tally of the whole. Immutable and thread-safe.
 */
public final class Counts {

    private final long[] votes;
    private final Count blank;
    private final Count invalid;
    private final long overvotes;
    private final SortedMap<String, Long> unrecognised;
    private final Count electorate;

    /**
     * @param votes        valid votes per option, in the contest's option order
     * @param blank        blank ballots
     * @param invalid      all invalid ballots, including {@code overvotes} and {@code unrecognised}
     * @param overvotes    ballots marking more than one option
     * @param unrecognised ballots naming no option of the contest, by their trimmed text
     * @param electorate   registered voters, when the source reports them
     */
    public Counts(long[] votes, Count blank, Count invalid, long overvotes, Map<String, Long> unrecognised,
            Count electorate) {
        this.votes = votes.clone();
        this.blank = Objects.requireNonNull(blank, "blank");
        this.invalid = Objects.requireNonNull(invalid, "invalid");
        this.overvotes = overvotes;
        // Nearly every unit has no unrecognised ballots: share one empty map rather than build a
        // TreeMap per unit (a returns file of a million precincts makes a million Counts).
        this.unrecognised = unrecognised.isEmpty() ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(unrecognised));
        this.electorate = Objects.requireNonNull(electorate, "electorate");
        for (long v : this.votes) {
            if (v < 0) {
                throw new IllegalArgumentException("a vote count must not be negative: " + v);
            }
        }
        long namedInvalid = overvotes;
        if (!this.unrecognised.isEmpty()) { // no iterator for the empty map nearly every unit shares
            for (long n : this.unrecognised.values()) {
                namedInvalid = Math.addExact(namedInvalid, n);
            }
        }
        if (overvotes < 0 || namedInvalid > invalid.value()) {
            throw new IllegalArgumentException("overvotes and unrecognised ballots exceed the invalid ballots");
        }
    }

    /** No ballots at all, for a contest of {@code options} options; every count complete. */
    public static Counts zero(int options) {
        return new Counts(new long[options], Count.ZERO, Count.ZERO, 0, Map.of(), Count.NOT_REPORTED);
    }

    public int optionCount() {
        return votes.length;
    }

    public long votes(int option) {
        return votes[option];
    }

    public long[] votes() {
        return votes.clone();
    }

    public Count blank() {
        return blank;
    }

    public Count invalid() {
        return invalid;
    }

    public long overvotes() {
        return overvotes;
    }

    public SortedMap<String, Long> unrecognised() {
        return unrecognised;
    }

    public Count electorate() {
        return electorate;
    }

    /** Ballots with one recognised option. */
    public long valid() {
        long sum = 0;
        for (long v : votes) {
            sum = Math.addExact(sum, v);
        }
        return sum;
    }

    /** Ballots cast: valid + blank + invalid; incomplete when blank or invalid is. */
    public Count cast() {
        return Count.of(valid()).plus(blank).plus(invalid);
    }

    /** The same ballots with the electorate replaced, e.g. taken from the jurisdiction set. */
    public Counts withElectorate(Count newElectorate) {
        return new Counts(votes, blank, invalid, overvotes, unrecognised, newElectorate);
    }

    /** The sum of two counts of the same contest. */
    public Counts plus(Counts other) {
        if (other.votes.length != votes.length) {
            throw new IllegalArgumentException("cannot add counts of contests with different options");
        }
        long[] sum = new long[votes.length];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(votes[i], other.votes[i]);
        }
        Map<String, Long> unrec = unrecognised;
        if (!other.unrecognised.isEmpty()) {
            TreeMap<String, Long> merged = new TreeMap<>(unrecognised);
            other.unrecognised.forEach((k, v) -> merged.merge(k, v, Math::addExact));
            unrec = merged;
        }
        return new Counts(sum, blank.plus(other.blank), invalid.plus(other.invalid),
                Math.addExact(overvotes, other.overvotes), unrec, electorate.plus(other.electorate));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Counts c && Arrays.equals(votes, c.votes) && blank.equals(c.blank)
                && invalid.equals(c.invalid) && overvotes == c.overvotes && unrecognised.equals(c.unrecognised)
                && electorate.equals(c.electorate);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(votes), blank, invalid, overvotes, unrecognised, electorate);
    }

    @Override
    public String toString() {
        return "Counts" + Arrays.toString(votes) + " blank=" + blank + " invalid=" + invalid + " electorate="
                + electorate;
    }
}
