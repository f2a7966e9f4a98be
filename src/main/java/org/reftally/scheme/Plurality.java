package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.scheme.PluralityOutcome.JurisdictionLeaders;

/**
 * Plurality: the option with the most valid votes wins, nationally; the leaders of each
 * jurisdiction are reported alongside.
 *
 * <p>Equal top counts are a {@link Decision#TIE} naming every tied option, nationally and per
 * jurisdiction: a tie is reported, never broken by option order or any other silent rule. With no
 * valid vote at all nothing leads, and the decision is {@link Decision#REJECTED} with the reason
 * "no valid votes" (not a tie: there is nothing to be tied on). Stateless, immutable and
 * thread-safe.
 */
public record Plurality() implements Scheme {

    @Override
    public String name() {
        return "plurality";
    }

    @Override
    public PluralityOutcome evaluate(ContestTally tally, JurisdictionSet set) {
        Contest contest = tally.contest();
        Map<Jurisdiction, Counts> byJurisdiction = tally.byJurisdiction(set);
        Counts totals = tally.totals(set);
        long[] votes = totals.votes();
        long valid = totals.valid();
        List<Integer> leaders = Options.leaders(votes);
        long leaderVotes = leaders.isEmpty() ? 0 : votes[leaders.get(0)];

        List<JurisdictionLeaders> rows = new ArrayList<>();
        byJurisdiction.forEach((j, c) -> {
            List<Integer> local = Options.leaders(c.votes());
            rows.add(new JurisdictionLeaders(j.id(), options(contest, local),
                    local.isEmpty() ? 0 : c.votes(local.get(0)), c.valid()));
        });

        List<String> reasons = new ArrayList<>();
        Decision decision;
        Optional<OptionId> winner = Optional.empty();
        String figure;
        if (leaders.isEmpty()) {
            decision = Decision.REJECTED;
            reasons.add("No valid votes were cast, so no option leads.");
            figure = "no valid votes";
        } else if (leaders.size() > 1) {
            decision = Decision.TIE;
            reasons.add(Text.and(options(contest, leaders)) + " are tied with " + Text.count(leaderVotes)
                    + " votes each of " + Text.count(valid) + " valid votes ("
                    + Text.percent(leaderVotes, valid, null) + " each); the tie is not broken.");
            figure = "tie at " + Text.count(leaderVotes);
        } else {
            decision = Decision.ACCEPTED;
            OptionId w = contest.option(leaders.get(0));
            winner = Optional.of(w);
            long second = Options.runnerUp(votes, leaders.get(0));
            // Shown against the midpoint of the leader's and the runner-up's shares, so that two close
            // shares (50.004% and 49.996%) never print as the same figure.
            Fraction midpoint = Fraction.of(leaderVotes + second, valid).times(Fraction.HALF);
            String share = Text.percent(leaderVotes, valid, midpoint);
            reasons.add(w + " has the most valid votes: " + Text.count(leaderVotes) + " of " + Text.count(valid)
                    + " (" + share + "), ahead of the next option by " + Text.count(leaderVotes - second) + ".");
            figure = share + " " + w;
        }
        reasons.addAll(jurisdictionReasons(contest, rows));
        return new PluralityOutcome(contest.name(), decision, winner, options(contest, leaders), leaderVotes, valid,
                rows, reasons, figure);
    }

    private static List<String> jurisdictionReasons(Contest contest, List<JurisdictionLeaders> rows) {
        List<String> reasons = new ArrayList<>();
        for (OptionId option : contest.options()) {
            List<JurisdictionId> leads = rows.stream()
                    .filter(r -> r.leaders().size() == 1 && r.leaders().get(0).equals(option))
                    .map(JurisdictionLeaders::jurisdiction).toList();
            if (!leads.isEmpty()) {
                reasons.add(option + " leads in " + leads.size() + " of " + rows.size() + " jurisdictions: "
                        + Text.and(leads) + ".");
            }
        }
        for (JurisdictionLeaders r : rows) {
            if (r.leaders().size() > 1) {
                reasons.add("In " + r.jurisdiction() + ", " + Text.and(r.leaders()) + " are tied with "
                        + Text.count(r.leaderVotes()) + " votes each.");
            }
        }
        List<JurisdictionId> empty = rows.stream().filter(r -> r.leaders().isEmpty())
                .map(JurisdictionLeaders::jurisdiction).toList();
        if (!empty.isEmpty()) {
            reasons.add("No valid votes in " + Text.and(empty) + ".");
        }
        return reasons;
    }

    private static List<OptionId> options(Contest contest, List<Integer> indexes) {
        return indexes.stream().map(contest::option).toList();
    }
}
