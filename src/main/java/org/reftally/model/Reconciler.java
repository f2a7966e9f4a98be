package org.reftally.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.reftally.model.Reconciliation.ContestCheck;
import org.reftally.model.Reconciliation.Difference;
import org.reftally.model.Reconciliation.Level;

/**
 * Compares aggregated returns with the ballot-level tally of the same contests, unit by unit.
 *
 * <p>Contests are matched by name (case-insensitively), options by name (trimmed, any case); an
 * option one source lacks counts zero there, so its votes show as a difference. When both sources
 * break a contest into areas, units are compared area by area; otherwise both are added up to
 * jurisdictions first, since an area-less return can only be checked against its jurisdiction's
 * ballots. Votes per option are always compared; blank and invalid ballots only where the returns
 * report them completely (a figure the returns leave out cannot disagree). The electorate is not
 * compared: ballots do not carry it.
 *
 * <p>Stateless and thread-safe: a pure function of its arguments.
 */
public final class Reconciler {

    private Reconciler() {
    }

    public static Reconciliation reconcile(Tally returns, Tally ballots) {
        Map<String, ContestTally> ballotContests = new LinkedHashMap<>();
        ballots.contests().forEach(c -> ballotContests.put(key(c), c));
        List<ContestCheck> checks = new ArrayList<>();
        List<String> onlyInReturns = new ArrayList<>();
        for (ContestTally r : returns.contests()) {
            ContestTally b = ballotContests.remove(key(r));
            if (b == null) {
                onlyInReturns.add(r.contest().name());
            } else {
                checks.add(compare(r, b));
            }
        }
        List<String> onlyInBallots = ballotContests.values().stream().map(c -> c.contest().name()).toList();
        return new Reconciliation(checks, onlyInReturns, onlyInBallots);
    }

    private static ContestCheck compare(ContestTally returns, ContestTally ballots) {
        Level level = returns.hasAreas() && ballots.hasAreas() ? Level.AREA : Level.JURISDICTION;
        SortedMap<Unit, Counts> r = at(level, returns);
        SortedMap<Unit, Counts> b = at(level, ballots);
        List<OptionId> options = new ArrayList<>(returns.contest().options());
        for (OptionId o : ballots.contest().options()) {
            if (returns.contest().indexOf(o.name()) < 0) {
                options.add(o);
            }
        }
        List<Difference> differences = new ArrayList<>();
        List<Unit> onlyInReturns = new ArrayList<>();
        for (Map.Entry<Unit, Counts> e : r.entrySet()) {
            Counts ballotCounts = b.get(e.getKey());
            if (ballotCounts == null) {
                onlyInReturns.add(e.getKey());
                continue;
            }
            for (OptionId o : options) {
                long rv = votes(returns.contest(), e.getValue(), o);
                long bv = votes(ballots.contest(), ballotCounts, o);
                if (rv != bv) {
                    differences.add(new Difference(e.getKey(), "votes", Optional.of(o), rv, bv));
                }
            }
            compareCount(e.getKey(), "blank", e.getValue().blank(), ballotCounts.blank(), differences);
            compareCount(e.getKey(), "invalid", e.getValue().invalid(), ballotCounts.invalid(), differences);
        }
        List<Unit> onlyInBallots = b.keySet().stream().filter(u -> !r.containsKey(u)).toList();
        return new ContestCheck(returns.contest().name(), level, differences, onlyInReturns, onlyInBallots);
    }

    /** The counts per unit at {@code level}: as they are, or added up per jurisdiction. */
    private static SortedMap<Unit, Counts> at(Level level, ContestTally tally) {
        if (level == Level.AREA) {
            return tally.units();
        }
        SortedMap<Unit, Counts> sums = new TreeMap<>();
        tally.units().forEach((unit, counts) -> sums.merge(Unit.of(unit.jurisdiction()), counts, Counts::plus));
        return sums;
    }

    private static long votes(Contest contest, Counts counts, OptionId option) {
        int i = contest.indexOf(option.name());
        return i < 0 ? 0 : counts.votes(i);
    }

    private static void compareCount(Unit unit, String measure, Count returns, Count ballots,
            List<Difference> differences) {
        if (returns.complete() && ballots.complete() && returns.value() != ballots.value()) {
            differences.add(new Difference(unit, measure, Optional.empty(), returns.value(), ballots.value()));
        }
    }

    private static String key(ContestTally tally) {
        return tally.contest().name().toLowerCase(Locale.ROOT);
    }
}
