package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reftally.model.Contest;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;

/**
 * The shares of the vote: completing the partial shares a user gives, and drawing each
 * jurisdiction's shares around the national ones.
 *
 * <p>A jurisdiction without fixed shares gets, for each option, the national share plus a seeded
 * deviation. The raw deviations are uniform in {@code [-spread, spread]} in steps of
 * {@code spread / }{@value #STEPS}; they are shifted to sum to zero over the options (so shares
 * still sum to 1) and scaled by {@code K / (2(K - 1))} for {@code K} options, which keeps each
 * within {@code spread} (for a yes/no question the YES deviation is exactly uniform in
 * {@code [-spread, spread]}). Then all free jurisdictions are moved by the same amount per option
 * so that, weighted by their ballots, the nation's shares are exactly the national shares: the
 * free jurisdictions absorb both their own random drift and the departure of the fixed ones
 * ("California votes yes while the nation votes no" keeps the nation on its national share). A
 * share pushed below zero is cut to zero and the jurisdiction's shares are rescaled to sum to 1;
 * only then may the nation drift from its shares. All arithmetic is exact. Stateless and
 * thread-safe.
 */
final class GeneratorShares {

    /** The resolution of a deviation: spread / 10,000 (5 millionths for a spread of 0.05). */
    static final long STEPS = 10_000;

    private GeneratorShares() {
    }

    /** The shares, checked: one per option, none negative, summing to exactly 1. */
    static List<Fraction> requireValid(String what, Contest contest, List<Fraction> shares) {
        List<Fraction> copy = List.copyOf(shares);
        if (copy.size() != contest.optionCount()) {
            throw new IllegalArgumentException(what + " give " + copy.size() + " shares for " + contest.optionCount()
                    + " options " + contest.options());
        }
        Fraction sum = Fraction.ZERO;
        for (int k = 0; k < copy.size(); k++) {
            if (copy.get(k).signum() < 0 || copy.get(k).compareTo(Fraction.ONE) > 0) {
                throw new IllegalArgumentException(what + ": the share of " + contest.option(k)
                        + " must lie between 0 and 1, not " + copy.get(k).toDecimalString());
            }
            sum = sum.plus(copy.get(k));
        }
        if (!sum.equals(Fraction.ONE)) {
            throw new IllegalArgumentException(what + " " + describe(contest, copy) + " sum to "
                    + sum.toDecimalString() + ", not 1");
        }
        return copy;
    }

    static List<Fraction> equal(int options) {
        return Collections.nCopies(options, Fraction.of(1, options));
    }

    /** YES and NO when {@code named} names no other option, else {@code named} itself. */
    static List<OptionId> defaultOptions(List<OptionId> named) {
        Set<String> yesNo = Set.of("yes", "no");
        if (named.stream().allMatch(o -> yesNo.contains(o.key()))) {
            return List.of(OptionId.of("YES"), OptionId.of("NO"));
        }
        return named;
    }

    /**
     * Full shares from {@code given}: named options keep their share; the rest of 1 goes to the
     * unnamed options in proportion to {@code base} (equally when their base is all zero).
     */
    static List<Fraction> complete(String what, Contest contest, Map<OptionId, Fraction> given, List<Fraction> base) {
        Fraction[] shares = new Fraction[contest.optionCount()];
        Fraction named = Fraction.ZERO;
        for (Map.Entry<OptionId, Fraction> e : given.entrySet()) {
            int k = contest.indexOf(e.getKey().name());
            if (k < 0) {
                throw new IllegalArgumentException(what + " name option '" + e.getKey()
                        + "', which is not one of " + contest.options());
            }
            if (shares[k] != null) {
                throw new IllegalArgumentException(what + " give option " + contest.option(k) + " twice");
            }
            shares[k] = e.getValue();
            named = named.plus(e.getValue());
        }
        Fraction rest = Fraction.ONE.minus(named);
        Fraction baseOfUnnamed = Fraction.ZERO;
        int unnamed = 0;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] == null) {
                baseOfUnnamed = baseOfUnnamed.plus(base.get(k));
                unnamed++;
            }
        }
        if (rest.signum() < 0 && unnamed > 0) {
            throw new IllegalArgumentException(what + " " + describeGiven(given) + " sum to "
                    + named.toDecimalString() + ", more than 1");
        }
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] == null) {
                shares[k] = baseOfUnnamed.isZero() ? rest.dividedBy(Fraction.of(unnamed))
                        : rest.times(base.get(k)).dividedBy(baseOfUnnamed);
            }
        }
        return requireValid(what, contest, List.of(shares));
    }

    /**
     * The target share of each option in each jurisdiction, in the order of {@code ids}.
     *
     * @param ballots the ballots of each jurisdiction, the weights of the national re-centring
     */
    static List<List<Fraction>> targets(GeneratorSpec spec, List<JurisdictionId> ids, long[] ballots) {
        int options = spec.contest().optionCount();
        List<Fraction> national = spec.shares();
        SyntheticRandom random = new SyntheticRandom(spec.seed(), SyntheticRandom.STREAM_SPREAD);
        List<Fraction[]> deviations = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            // Drawn for every jurisdiction, fixed or not, so that fixing one leaves the draws of the others alone.
            deviations.add(deviation(random, spec.spread(), options));
        }
        Fraction[] sum = zeros(options);
        long freeBallots = 0;
        for (int j = 0; j < ids.size(); j++) {
            List<Fraction> fixed = spec.overrides().get(ids.get(j));
            for (int k = 0; k < options; k++) {
                sum[k] = fixed == null ? sum[k].plus(deviations.get(j)[k].times(ballots[j]))
                        : sum[k].minus(national.get(k).minus(fixed.get(k)).times(ballots[j]));
            }
            freeBallots += fixed == null ? ballots[j] : 0;
        }
        List<List<Fraction>> targets = new ArrayList<>();
        for (int j = 0; j < ids.size(); j++) {
            List<Fraction> fixed = spec.overrides().get(ids.get(j));
            if (fixed != null) {
                targets.add(fixed);
                continue;
            }
            Fraction[] shares = new Fraction[options];
            for (int k = 0; k < options; k++) {
                Fraction centre = freeBallots == 0 ? Fraction.ZERO : sum[k].dividedBy(Fraction.of(freeBallots));
                shares[k] = national.get(k).plus(deviations.get(j)[k]).minus(centre);
            }
            targets.add(clamped(shares));
        }
        return targets;
    }

    private static Fraction[] deviation(SyntheticRandom random, Fraction spread, int options) {
        Fraction[] raw = new Fraction[options];
        Fraction mean = Fraction.ZERO;
        for (int k = 0; k < options; k++) {
            long step = random.nextLong(2 * STEPS + 1) - STEPS;
            raw[k] = spread.times(Fraction.of(step, STEPS));
            mean = mean.plus(raw[k]);
        }
        if (options < 2) {
            return zeros(options);
        }
        mean = mean.dividedBy(Fraction.of(options));
        Fraction scale = Fraction.of(options, 2L * (options - 1));
        for (int k = 0; k < options; k++) {
            raw[k] = raw[k].minus(mean).times(scale);
        }
        return raw;
    }

    /** Negative shares cut to zero and the rest rescaled to sum to 1. */
    private static List<Fraction> clamped(Fraction[] shares) {
        Fraction total = Fraction.ZERO;
        boolean cut = false;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k].signum() < 0) {
                shares[k] = Fraction.ZERO;
                cut = true;
            }
            total = total.plus(shares[k]);
        }
        if (cut) {
            for (int k = 0; k < shares.length; k++) {
                shares[k] = shares[k].dividedBy(total);
            }
        }
        return List.of(shares);
    }

    private static Fraction[] zeros(int n) {
        Fraction[] z = new Fraction[n];
        java.util.Arrays.fill(z, Fraction.ZERO);
        return z;
    }

    private static String describe(Contest contest, List<Fraction> shares) {
        Map<OptionId, Fraction> named = new java.util.LinkedHashMap<>();
        for (int k = 0; k < shares.size() && k < contest.optionCount(); k++) {
            named.put(contest.option(k), shares.get(k));
        }
        return describeGiven(named);
    }

    private static String describeGiven(Map<OptionId, Fraction> given) {
        List<String> parts = new ArrayList<>();
        new HashMap<>(given).forEach((o, f) -> parts.add(o + "=" + f.toDecimalString()));
        Collections.sort(parts);
        return String.join(", ", parts);
    }
}
