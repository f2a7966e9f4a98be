package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

/**
 * Exactly what a generated ballots file holds, known before a row is written: the ballots of
 * each jurisdiction by option, blank, overvote and unrecognised value, and the faulty rows. A
 * tally of the file must equal {@link #tally()}, and its reject accounting must show
 * {@link #duplicates()} duplicate IDs and {@link #malformed()} malformed rows out of
 * {@link #rows()}.
 *
 * <p>How the numbers are made (all exact, by the largest remainder method, ties to
 * the earlier jurisdiction or option):
 * <ol>
 *   <li>{@code rows = counted + duplicates + malformed}; the counted ballots are split among the
 *       jurisdictions in proportion to their electorate when every member of the set has one
 *       (and they are not all zero), else to their population likewise, else equally
 *       ({@link #turnoutBasis()}).</li>
 *   <li>In each jurisdiction the ballots are split among the options, blank and invalid in
 *       proportion to {@code (1 - blank - invalid) * share} of each option, {@code blank} and
 *       {@code invalid}, with the jurisdiction's {@link #targetShares target shares}. A
 *       jurisdiction with fixed shares in the spec has exactly those. Every other one has, per
 *       option, the national share plus a seeded deviation of at most {@code spread} (uniform in
 *       {@code [-spread, spread]} for YES in a yes/no question; deviations sum to zero over the
 *       options); then all of them move by the same amount per option so that, weighted by
 *       ballots, the nation votes exactly its national shares, fixed jurisdictions included. A
 *       share that would fall below zero is cut to zero and the jurisdiction's shares rescaled;
 *       only then can the nation drift from its shares.</li>
 *   <li>A quarter of each jurisdiction's invalid ballots (rounded down) are unrecognised values,
 *       dealt in turn to {@link #unrecognisedValues()}; the rest are overvotes of the first two
 *       options ({@code YES|NO}). A one-option contest cannot be overvoted: all its invalid
 *       ballots are unrecognised values.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class GeneratorPlan {

    /** What the split of the ballots among jurisdictions follows. */
    public enum TurnoutBasis {
        /** Registered voters: every member has an electorate. */
        ELECTORATE,
        /** Population, as some member has no electorate but every member has a population. */
        POPULATION,
        /** The same number everywhere (give or take one ballot), for lack of figures. */
        EQUAL
    }

    private final Contest contest;
    private final long seed;
    private final TurnoutBasis turnoutBasis;
    private final List<JurisdictionId> jurisdictions;
    private final Map<JurisdictionId, Integer> indexById;
    private final List<List<Fraction>> targetShares;
    private final long[][] counts;
    private final List<String> unrecognisedValues;
    private final long rows;
    private final long duplicates;
    private final long malformed;

    GeneratorPlan(Contest contest, long seed, TurnoutBasis turnoutBasis, List<JurisdictionId> jurisdictions,
            List<List<Fraction>> targetShares, long[][] counts, List<String> unrecognisedValues, long rows,
            long duplicates, long malformed) {
        this.contest = contest;
        this.seed = seed;
        this.turnoutBasis = turnoutBasis;
        this.jurisdictions = List.copyOf(jurisdictions);
        this.targetShares = targetShares.stream().map(List::copyOf).toList();
        this.counts = new long[counts.length][];
        for (int j = 0; j < counts.length; j++) {
            this.counts[j] = counts[j].clone();
        }
        this.unrecognisedValues = List.copyOf(unrecognisedValues);
        this.rows = rows;
        this.duplicates = duplicates;
        this.malformed = malformed;
        Map<JurisdictionId, Integer> index = new HashMap<>();
        for (int j = 0; j < this.jurisdictions.size(); j++) {
            index.put(this.jurisdictions.get(j), j);
        }
        this.indexById = Map.copyOf(index);
    }

    /** The plan of a spec; the same spec always gives the same plan. */
    public static GeneratorPlan of(GeneratorSpec spec) {
        return GeneratorPlanner.plan(spec);
    }

    public Contest contest() {
        return contest;
    }

    /** The seed of the row order. */
    public long seed() {
        return seed;
    }

    public TurnoutBasis turnoutBasis() {
        return turnoutBasis;
    }

    /** The members of the jurisdiction set, in its order. */
    public List<JurisdictionId> jurisdictions() {
        return jurisdictions;
    }

    /** Data rows in the file: {@code counted() + duplicates() + malformed()}. */
    public long rows() {
        return rows;
    }

    /** Rows that are genuine ballots and are counted. */
    public long counted() {
        return rows - duplicates - malformed;
    }

    /** Rows repeating an earlier row's ballot ID (and, exactly, its jurisdiction and choice). */
    public long duplicates() {
        return duplicates;
    }

    /** Rows with the wrong number of cells. */
    public long malformed() {
        return malformed;
    }

    /** The values written for unrecognised ballots, in the order they are dealt. */
    public List<String> unrecognisedValues() {
        return unrecognisedValues;
    }

    /** The shares of the options that jurisdiction {@code id} was drawn with, in contest order. */
    public List<Fraction> targetShares(JurisdictionId id) {
        return targetShares.get(index(id));
    }

    /** The genuine ballots of jurisdiction {@code id}. */
    public long ballots(JurisdictionId id) {
        long sum = 0;
        for (long n : counts[index(id)]) {
            sum += n;
        }
        return sum;
    }

    /** The counts a reader finds for jurisdiction {@code id}; the electorate is not reported by ballots. */
    public Counts counts(JurisdictionId id) {
        long[] c = counts[index(id)];
        int options = contest.optionCount();
        long[] votes = java.util.Arrays.copyOf(c, options);
        long overvotes = c[options + 1];
        long invalid = overvotes;
        Map<String, Long> unrecognised = new TreeMap<>();
        for (int u = 0; u < unrecognisedValues.size(); u++) {
            long n = c[options + 2 + u];
            if (n > 0) {
                unrecognised.put(unrecognisedValues.get(u), n);
                invalid += n;
            }
        }
        return new Counts(votes, Count.of(c[options]), Count.of(invalid), overvotes, unrecognised,
                Count.NOT_REPORTED);
    }

    /**
     * The tally a reader makes of the file: one unit per jurisdiction that has ballots (a reader
     * never sees the others), no areas.
     */
    public ContestTally tally() {
        Map<Unit, Counts> units = new LinkedHashMap<>();
        for (JurisdictionId id : jurisdictions) {
            if (ballots(id) > 0) {
                units.put(Unit.of(id), counts(id));
            }
        }
        return new ContestTally(contest, units);
    }

    /** The ballots of each jurisdiction, in set order. */
    public Map<JurisdictionId, Long> ballotsByJurisdiction() {
        Map<JurisdictionId, Long> result = new LinkedHashMap<>();
        jurisdictions.forEach(id -> result.put(id, ballots(id)));
        return Collections.unmodifiableMap(result);
    }

    // The writer's view: classes 0..K-1 are the options, K blank, K+1 overvote, K+2.. unrecognised.

    int classCount() {
        return contest.optionCount() + 2 + unrecognisedValues.size();
    }

    long count(int jurisdiction, int cls) {
        return counts[jurisdiction][cls];
    }

    /** The text of the choice cell of a ballot of class {@code cls}, unquoted. */
    String choice(int cls) {
        int options = contest.optionCount();
        if (cls < options) {
            return contest.option(cls).name();
        }
        if (cls == options) {
            return "";
        }
        if (cls == options + 1) {
            return contest.option(0).name() + "|" + contest.option(1).name();
        }
        return unrecognisedValues.get(cls - options - 2);
    }

    private int index(JurisdictionId id) {
        Integer j = indexById.get(id);
        if (j == null) {
            throw new IllegalArgumentException(id + " is not a jurisdiction of this plan; it has " + jurisdictions);
        }
        return j;
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        jurisdictions.forEach(id -> parts.add(id + "=" + ballots(id)));
        return "GeneratorPlan[rows=" + rows + " duplicates=" + duplicates + " malformed=" + malformed + " " + parts
                + "]";
    }
}
