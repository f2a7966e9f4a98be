package org.reftally.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.reftally.model.Count;
import org.reftally.model.Counts;

/**
 * The mutable counts of one contest in one unit while a file is read: votes by dense option index,
 * blank, invalid (with overvotes and unrecognised values), and the electorate.
 *
 * <p>Ballot units report blank and invalid by construction (zero is a count); returns units report
 * them only when a cell or row gives them, so an absent figure becomes {@link Count#NOT_REPORTED},
 * never zero. Callers check totals for overflow before adding (see {@link ContestSlot#reserve}).
 *
 * <p>Not thread-safe: owned by one reader (a parallel reader would fill one per thread and merge).
 */
final class UnitCounts {

    private long[] votes;
    private long blank;
    private long invalid;
    private long overvotes;
    private TreeMap<String, Long> unrecognised;
    private long electorate;
    private boolean blankReported;
    private boolean invalidReported;
    private boolean electorateReported;

    UnitCounts(int options, boolean fromBallots) {
        this.votes = new long[options];
        this.blankReported = fromBallots;
        this.invalidReported = fromBallots;
    }

    void vote(int option) {
        grow(option);
        votes[option]++;
    }

    void blankBallot() {
        blank++;
    }

    void overvote() {
        overvotes++;
        invalid++;
    }

    void unrecognised(String value) {
        if (unrecognised == null) {
            unrecognised = new TreeMap<>();
        }
        unrecognised.merge(value, 1L, Long::sum);
        invalid++;
    }

    /** Adds {@code n} overvotes (invalid ballots); n may be negative to take back a duplicate's. */
    void addOvervotes(long n) {
        overvotes += n;
        invalid += n;
    }

    /** Adds {@code n} ballots marked {@code value}, which is no option (invalid ballots). */
    void addUnrecognised(String value, long n) {
        if (unrecognised == null) {
            unrecognised = new TreeMap<>();
        }
        unrecognised.merge(value, n, Math::addExact);
        invalid += n;
    }

    void addVotes(int option, long n) {
        grow(option);
        votes[option] += n;
    }

    void addBlank(long n) {
        blank += n;
        blankReported = true;
    }

    void addInvalid(long n) {
        invalid += n;
        invalidReported = true;
    }

    void addElectorate(long n) {
        electorate += n;
        electorateReported = true;
    }

    /** Adds another unit's counts (for merging partial accumulators of the same options). */
    void add(UnitCounts other) {
        for (int i = 0; i < other.votes.length; i++) {
            addVotes(i, other.votes[i]);
        }
        blank += other.blank;
        invalid += other.invalid;
        overvotes += other.overvotes;
        electorate += other.electorate;
        blankReported |= other.blankReported;
        invalidReported |= other.invalidReported;
        electorateReported |= other.electorateReported;
        if (other.unrecognised != null) {
            other.unrecognised.forEach((k, v) -> {
                if (unrecognised == null) {
                    unrecognised = new TreeMap<>();
                }
                unrecognised.merge(k, v, Math::addExact);
            });
        }
    }

    /** The immutable counts, for a contest of {@code options} options. */
    Counts freeze(int options) {
        return new Counts(Arrays.copyOf(votes, options), count(blank, blankReported),
                count(invalid, invalidReported), overvotes, unrecognised == null ? Map.of() : unrecognised,
                count(electorate, electorateReported));
    }

    private static Count count(long value, boolean reported) {
        return reported ? Count.of(value) : Count.NOT_REPORTED;
    }

    private void grow(int option) {
        if (option >= votes.length) {
            votes = Arrays.copyOf(votes, Math.max(option + 1, votes.length * 2));
        }
    }
}
