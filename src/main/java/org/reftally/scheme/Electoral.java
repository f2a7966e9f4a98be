package org.reftally.scheme;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.reftally.model.Comparison;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;
import org.reftally.scheme.ElectoralOutcome.JurisdictionElectors;
import org.reftally.scheme.ElectoralOutcome.OptionElectors;

/**
 * Winner-take-all by jurisdiction, weighted by electors: the US Electoral College. Each
 * jurisdiction's electors (from the jurisdiction set) go to the option with the most valid votes
 * there, no majority needed (the rule of 48 states and DC; Maine's and Nebraska's district
 * electors are not modelled: each is treated as one whole). The option whose electors meet the
 * threshold of all electors wins: by default an absolute majority, more than 1/2 (270 of 538;
 * U.S. Const. amend. XII, 3 U.S.C. 15).
 *
 * <p>Where the rules are silent: a jurisdiction whose leaders are tied has its electors reported
 * as tied and not awarded (state law would break such a tie, often by lot; this count does not
 * guess); a jurisdiction without a valid vote has its electors not awarded; a jurisdiction without
 * electors in the set counts 0 and is named in a reason. Not-awarded electors still count in
 * "all electors", so they make the threshold harder to reach, as unfilled electors would. Equal
 * top elector counts are a {@link Decision#TIE}; no option meeting the threshold is
 * {@link Decision#REJECTED}. Immutable and thread-safe.
 *
 * @param threshold the share of all electors needed to win
 */
public record Electoral(Threshold threshold) implements Scheme {

    public Electoral {
        Objects.requireNonNull(threshold, "threshold");
    }

    /** An absolute majority of all electors, {@code >1/2}: 270 of 538. */
    public Electoral() {
        this(Threshold.SIMPLE_MAJORITY);
    }

    /** The command-line name. */
    public String name() {
        return "electoral";
    }

    /** Decides the contest. */
    public ElectoralOutcome evaluate(ContestTally tally, JurisdictionSet set) {
        Contest contest = tally.contest();
        int n = contest.optionCount();
        long[] electors = new long[n];
        int[] won = new int[n];
        long total = 0;
        List<JurisdictionElectors> rows = new ArrayList<>();
        for (Map.Entry<Jurisdiction, Counts> e : tally.byJurisdiction(set).entrySet()) {
            Counts c = e.getValue();
            List<Integer> local = leaders(c.votes());
            OptionalLong own = e.getKey().electors();
            Optional<OptionId> awardedTo = Optional.empty();
            if (own.isPresent()) {
                total = Math.addExact(total, own.getAsLong());
                if (local.size() == 1) {
                    int w = local.get(0);
                    electors[w] = Math.addExact(electors[w], own.getAsLong());
                    won[w]++;
                    awardedTo = Optional.of(contest.option(w));
                }
            }
            rows.add(new JurisdictionElectors(e.getKey().id(), own, options(contest, local),
                    local.isEmpty() ? 0 : c.votes(local.get(0)), c.valid(), awardedTo));
        }
        long[] popular = tally.totals(set).votes();
        List<OptionElectors> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(new OptionElectors(contest.option(i), electors[i], won[i], popular[i]));
        }
        List<Integer> popularLeaders = leaders(popular);
        long margin = popularLeaders.size() == 1 ? popular[popularLeaders.get(0)] - runnerUp(popular,
                popularLeaders.get(0)) : 0;
        long valid = 0;
        for (long v : popular) {
            valid = Math.addExact(valid, v);
        }
        OptionalLong needed = needed(threshold, total);
        List<Integer> top = leaders(electors);
        Decision decision;
        Optional<OptionId> winner = Optional.empty();
        String figure;
        if (top.isEmpty()) {
            decision = Decision.REJECTED;
            figure = "no electors awarded";
        } else if (top.size() > 1) {
            decision = Decision.TIE;
            figure = "tie at " + electors[top.get(0)] + " of " + total + " electors";
        } else if (threshold.isMet(electors[top.get(0)], total)) {
            decision = Decision.ACCEPTED;
            winner = Optional.of(contest.option(top.get(0)));
            figure = contest.option(top.get(0)) + " " + electors[top.get(0)] + " of " + total + " electors";
        } else {
            decision = Decision.REJECTED;
            figure = "no winner: most " + electors[top.get(0)] + " of " + total + " electors";
        }
        ElectoralOutcome draft = new ElectoralOutcome(contest.name(), decision, winner, threshold, total, needed,
                lines, rows, options(contest, popularLeaders), margin, valid, List.of(), figure);
        return ElectoralReasons.explain(draft);
    }

    /**
     * The fewest electors {@code k} with {@code k / total} meeting the threshold, exactly:
     * {@code floor(b * total) + 1} for {@code >b}, {@code ceil(b * total)} for {@code >=b}; empty
     * when even all electors fall short (or there are none).
     */
    static OptionalLong needed(Threshold threshold, long total) {
        if (total <= 0) {
            return OptionalLong.empty();
        }
        Fraction share = threshold.bound().times(total);
        BigInteger k = threshold.comparison() == Comparison.GREATER ? share.floor().add(BigInteger.ONE)
                : share.ceiling();
        return k.compareTo(BigInteger.valueOf(total)) > 0 ? OptionalLong.empty() : OptionalLong.of(k.longValueExact());
    }

    /** The indexes with the most, in order; several when tied, none when the most is 0. */
    static List<Integer> leaders(long[] values) {
        long max = 0;
        for (long v : values) {
            max = Math.max(max, v);
        }
        List<Integer> leaders = new ArrayList<>();
        for (int i = 0; max > 0 && i < values.length; i++) {
            if (values[i] == max) {
                leaders.add(i);
            }
        }
        return leaders;
    }

    /** The most of any index other than {@code except}; 0 when there is none. */
    static long runnerUp(long[] values, int except) {
        long best = 0;
        for (int i = 0; i < values.length; i++) {
            if (i != except) {
                best = Math.max(best, values[i]);
            }
        }
        return best;
    }

    private static List<OptionId> options(Contest contest, List<Integer> indexes) {
        return indexes.stream().map(contest::option).toList();
    }
}
