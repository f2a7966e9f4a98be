package org.reftally.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.reftally.model.Contest;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;

/**
 * Everything that decides a synthetic ballots file: the same spec always gives the same plan and
 * the same bytes. Build one with {@link #builder}, which also completes partial shares.
 *
 * <p>Invariants: at least one jurisdiction; {@code 0 <= ballots <= 2^62}; the contest's options
 * contain no {@code |} (a ballots file reads it as an overvote); {@code shares} and every
 * override give one non-negative share per option summing to exactly 1; {@code spread},
 * {@code blank} and {@code invalid} lie in {@code [0, 1]} with {@code blank + invalid <= 1};
 * the faulty rows fit: {@code duplicates + malformed <= ballots}, and there are at least as many
 * genuine ballots as duplicates (each duplicate repeats a different genuine ballot). Immutable
 * and thread-safe.
 *
 * @param jurisdictions where the ballots are cast; turnout follows each member's electorate when
 *                      every member has one, else its population when every member has one, else
 *                      it is equal (see {@link GeneratorPlan})
 * @param ballots       the data rows of the file, faulty rows included
 * @param seed          the seed of every random choice: share deviations and row order
 * @param contest       the options, in the order their shares are given; the builder names it
 *                      {@code referendum}, the contest of a ballots file with one {@code choice} column
 * @param shares        the national share of the valid votes per option, in contest order
 * @param spread        how far a jurisdiction's share of an option may move from the national share
 * @param overrides     fixed shares per jurisdiction (no deviation), in contest order
 * @param blank         the share of ballots left blank
 * @param invalid       the share of ballots spoilt (overvotes and unrecognised marks)
 * @param duplicates    rows repeating an earlier row's ballot ID (rejected by the reader)
 * @param malformed     rows with the wrong number of cells (rejected by the reader)
 */
public record GeneratorSpec(
        JurisdictionSet jurisdictions,
        long ballots,
        long seed,
        Contest contest,
        List<Fraction> shares,
        Fraction spread,
        Map<JurisdictionId, List<Fraction>> overrides,
        Fraction blank,
        Fraction invalid,
        GeneratorAmount duplicates,
        GeneratorAmount malformed) {

    /** The largest file: the row permutation covers 2^62 rows. */
    public static final long MAX_BALLOTS = SyntheticPermutation.MAX_SIZE;

    public GeneratorSpec {
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(blank, "blank");
        Objects.requireNonNull(invalid, "invalid");
        Objects.requireNonNull(duplicates, "duplicates");
        Objects.requireNonNull(malformed, "malformed");
        if (jurisdictions.size() == 0) {
            throw new IllegalArgumentException("jurisdiction set " + jurisdictions.name() + " has no members");
        }
        if (ballots < 0 || ballots > MAX_BALLOTS) {
            throw new IllegalArgumentException("the number of ballots must lie between 0 and 2^62, not " + ballots);
        }
        for (OptionId option : contest.options()) {
            if (option.name().indexOf('|') >= 0) {
                throw new IllegalArgumentException("option '" + option + "' contains '|', which a ballots file"
                        + " reads as a mark for more than one option");
            }
        }
        shares = GeneratorShares.requireValid("the national shares", contest, shares);
        requireShare("spread", spread);
        requireShare("the blank rate", blank);
        requireShare("the invalid rate", invalid);
        if (blank.plus(invalid).compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("the blank rate (" + blank.toDecimalString() + ") and the invalid rate ("
                    + invalid.toDecimalString() + ") add up to more than 1");
        }
        TreeMap<JurisdictionId, List<Fraction>> fixed = new TreeMap<>();
        for (Map.Entry<JurisdictionId, List<Fraction>> e : overrides.entrySet()) {
            if (!jurisdictions.contains(e.getKey())) {
                throw new IllegalArgumentException("shares are given for " + e.getKey()
                        + ", which is not in jurisdiction set " + jurisdictions.name());
            }
            fixed.put(e.getKey(), GeneratorShares.requireValid("the shares of " + e.getKey(), contest, e.getValue()));
        }
        overrides = Collections.unmodifiableMap(fixed);
        long dup = duplicates.of(ballots);
        long bad = malformed.of(ballots);
        if (dup > ballots || bad > ballots - dup) {
            throw new IllegalArgumentException(dup + " duplicate and " + bad + " malformed rows do not fit in "
                    + ballots + " rows");
        }
        if (dup > ballots - dup - bad) {
            throw new IllegalArgumentException(dup + " duplicate rows need as many genuine ballots to repeat, but "
                    + ballots + " rows leave only " + (ballots - dup - bad));
        }
    }

    /** A spec for {@code ballots} rows over {@code jurisdictions}; everything else has a default. */
    public static Builder builder(JurisdictionSet jurisdictions, long ballots) {
        return new Builder(jurisdictions, ballots);
    }

    /** The number of duplicate-ID rows: {@code duplicates.of(ballots)}. */
    public long duplicateRows() {
        return duplicates.of(ballots);
    }

    /** The number of malformed rows: {@code malformed.of(ballots)}. */
    public long malformedRows() {
        return malformed.of(ballots);
    }

    /** The rows that are genuine ballots, counted by the reader. */
    public long countedBallots() {
        return ballots - duplicateRows() - malformedRows();
    }

    private static void requireShare(String what, Fraction value) {
        if (value.signum() < 0 || value.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException(what + " must lie between 0 and 1, not " + value.toDecimalString());
        }
    }

    /**
     * Collects a spec piece by piece. Defaults: seed 0; options YES, NO with equal shares; no
     * spread; no blank, invalid, duplicate or malformed rows. Not thread-safe.
     */
    public static final class Builder {

        private final JurisdictionSet jurisdictions;
        private final long ballots;
        private long seed;
        private List<OptionId> options;
        private Map<OptionId, Fraction> shares = Map.of();
        private List<OptionId> sharesOrder = List.of();
        private Fraction spread = Fraction.ZERO;
        private final Map<JurisdictionId, Map<OptionId, Fraction>> overrides = new TreeMap<>();
        private Fraction blank = Fraction.ZERO;
        private Fraction invalid = Fraction.ZERO;
        private GeneratorAmount duplicates = GeneratorAmount.NONE;
        private GeneratorAmount malformed = GeneratorAmount.NONE;

        private Builder(JurisdictionSet jurisdictions, long ballots) {
            this.jurisdictions = Objects.requireNonNull(jurisdictions, "jurisdictions");
            this.ballots = ballots;
        }

        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** The options, in order; when not set they come from {@link #shares}. */
        public Builder options(List<OptionId> value) {
            this.options = List.copyOf(value);
            return this;
        }

        /**
         * The national shares, possibly of only some options (the others share the rest equally).
         * Without {@link #options}, the options are YES and NO when these name no others, else
         * these options in the map's iteration order (pass a {@code LinkedHashMap}).
         */
        public Builder shares(Map<OptionId, Fraction> value) {
            this.shares = Map.copyOf(value);
            this.sharesOrder = List.copyOf(value.keySet());
            return this;
        }

        public Builder spread(Fraction value) {
            this.spread = value;
            return this;
        }

        /**
         * Fixed shares in one jurisdiction, possibly of only some options: the others share the
         * rest in proportion to their national shares (so {@code CA: YES=0.58} of a YES/NO
         * contest is {@code NO=0.42}).
         */
        public Builder share(JurisdictionId jurisdiction, Map<OptionId, Fraction> value) {
            overrides.merge(jurisdiction, Map.copyOf(value), (a, b) -> {
                throw new IllegalArgumentException("shares for " + jurisdiction + " are given twice");
            });
            return this;
        }

        public Builder blank(Fraction value) {
            this.blank = value;
            return this;
        }

        public Builder invalid(Fraction value) {
            this.invalid = value;
            return this;
        }

        public Builder duplicates(GeneratorAmount value) {
            this.duplicates = value;
            return this;
        }

        public Builder malformed(GeneratorAmount value) {
            this.malformed = value;
            return this;
        }

        /** The spec; throws {@code IllegalArgumentException} with a user-ready message when it does not hold. */
        public GeneratorSpec build() {
            List<OptionId> chosen = options != null ? options : GeneratorShares.defaultOptions(sharesOrder);
            Contest contest = new Contest("referendum", chosen);
            List<Fraction> national = GeneratorShares.complete("the national shares", contest, shares,
                    GeneratorShares.equal(contest.optionCount()));
            Map<JurisdictionId, List<Fraction>> fixed = new TreeMap<>();
            overrides.forEach((id, given) -> fixed.put(id,
                    GeneratorShares.complete("the shares of " + id, contest, given, national)));
            return new GeneratorSpec(jurisdictions, ballots, seed, contest, national, spread, fixed, blank, invalid,
                    duplicates, malformed);
        }
    }
}
