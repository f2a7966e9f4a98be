package org.reftally.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.reftally.model.Contest;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;

/**
 * Turns a {@link GeneratorSpec} into a {@link GeneratorPlan}: turnout per jurisdiction, shares,
 * and the exact ballots of every kind (the rules are stated on {@link GeneratorPlan}). Stateless
 * and thread-safe.
 */
final class GeneratorPlanner {

    /**
     * What unrecognised ballots say: a voter's own word, a cross outside any box, a doubt. Plain
     * ASCII without commas, quotes or {@code |}, so they need no quoting and never read as marks.
     */
    static final List<String> UNRECOGNISED = List.of("MAYBE", "X", "DONT KNOW");

    /** One invalid ballot in this many is an unrecognised value; the others are overvotes. */
    static final int UNRECOGNISED_EVERY = 4;

    private GeneratorPlanner() {
    }

    static GeneratorPlan plan(GeneratorSpec spec) {
        List<Jurisdiction> members = spec.jurisdictions().members();
        List<JurisdictionId> ids = members.stream().map(Jurisdiction::id).toList();
        GeneratorPlan.TurnoutBasis basis = turnoutBasis(members);
        long[] ballots = GeneratorApportionment.largestRemainder(spec.countedBallots(), turnoutWeights(members, basis));
        List<List<Fraction>> targets = GeneratorShares.targets(spec, ids, ballots);
        Contest contest = spec.contest();
        int options = contest.optionCount();
        List<String> unrecognised = unrecognisedValues(contest);
        long[][] counts = new long[ids.size()][options + 2 + unrecognised.size()];
        Fraction validRate = Fraction.ONE.minus(spec.blank()).minus(spec.invalid());
        for (int j = 0; j < ids.size(); j++) {
            List<Fraction> weights = new ArrayList<>(options + 2);
            for (Fraction share : targets.get(j)) {
                weights.add(validRate.times(share));
            }
            weights.add(spec.blank());
            weights.add(spec.invalid());
            long[] split = GeneratorApportionment.largestRemainder(ballots[j], weights);
            System.arraycopy(split, 0, counts[j], 0, options + 1);
            splitInvalid(split[options + 1], options, unrecognised.size(), counts[j]);
        }
        return new GeneratorPlan(contest, spec.seed(), basis, ids, targets, counts, unrecognised, spec.ballots(),
                spec.duplicateRows(), spec.malformedRows());
    }

    private static void splitInvalid(long invalid, int options, int values, long[] row) {
        if (values == 0) {
            row[options + 1] = invalid;
            return;
        }
        // Without a second option no ballot can mark two: every invalid ballot is then unrecognised.
        long unrecognised = options < 2 ? invalid : invalid / UNRECOGNISED_EVERY;
        row[options + 1] = invalid - unrecognised;
        for (int u = 0; u < values; u++) {
            row[options + 2 + u] = unrecognised / values + (u < unrecognised % values ? 1 : 0);
        }
    }

    /** {@link #UNRECOGNISED} less any value that is an option of the contest (it would count as a vote). */
    private static List<String> unrecognisedValues(Contest contest) {
        return UNRECOGNISED.stream().filter(v -> contest.indexOf(v) < 0).toList();
    }

    private static GeneratorPlan.TurnoutBasis turnoutBasis(List<Jurisdiction> members) {
        if (complete(members, Jurisdiction::electorate)) {
            return GeneratorPlan.TurnoutBasis.ELECTORATE;
        }
        if (complete(members, Jurisdiction::population)) {
            return GeneratorPlan.TurnoutBasis.POPULATION;
        }
        return GeneratorPlan.TurnoutBasis.EQUAL;
    }

    /** Whether every member has the figure and they are not all zero (nothing to be proportional to). */
    private static boolean complete(List<Jurisdiction> members, Function<Jurisdiction, OptionalLong> figure) {
        boolean positive = false;
        for (Jurisdiction j : members) {
            OptionalLong value = figure.apply(j);
            if (value.isEmpty()) {
                return false;
            }
            positive |= value.getAsLong() > 0;
        }
        return positive;
    }

    private static List<Fraction> turnoutWeights(List<Jurisdiction> members, GeneratorPlan.TurnoutBasis basis) {
        return members.stream().map(j -> switch (basis) {
            case ELECTORATE -> Fraction.of(j.electorate().getAsLong());
            case POPULATION -> Fraction.of(j.population().getAsLong());
            case EQUAL -> Fraction.ONE;
        }).toList();
    }
}
