package org.reftally.scheme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.scheme.ProportionalOutcome.JurisdictionSeats;
import org.reftally.scheme.ProportionalOutcome.OptionSeats;
import org.reftally.scheme.ProportionalOutcome.PlacedTieBreak;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.Party;
import org.reftally.scheme.seats.PartySeats;
import org.reftally.scheme.seats.SeatAllocation;
import org.reftally.scheme.seats.SeatAllocator;
import org.reftally.scheme.seats.SeatTieException;

/**
 * Proportional: seats shared among the options of a contest (parties, or the answers of a
 * multi-option referendum) in proportion to their valid votes, by the exact seat engine.
 *
 * <p>With {@link SeatSource.House} the seats are shared nationally. Otherwise each jurisdiction's
 * seats (its electors, a share of a house apportioned by population, or a number given) are
 * shared within it and the results summed: e.g. each US state's electors shared in proportion to
 * its vote, the reform often proposed instead of winner-take-all. The settings (minimum, cap,
 * threshold) then apply within each jurisdiction. Where the rules are silent: a jurisdiction with
 * seats but no valid vote has its seats not awarded and named in a reason (never handed to
 * anyone); a jurisdiction with no seats is named in a reason. The winner is the option with the
 * most seats; equal top seat counts are a tie, never broken.
 *
 * <p>Immutable and thread-safe.
 */
public record Proportional(SeatSource source, SeatSettings settings) implements Scheme {

    public Proportional {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
    }

    /** The command-line name. */
    public String name() {
        return "proportional";
    }

    /**
     * Shares the seats.
     *
     * @throws SchemeException when the settings do not fit the input, naming the jurisdiction
     * @throws SeatTieException when a seat is tied and the tie policy refuses to decide it
     */
    public ProportionalOutcome evaluate(ContestTally tally, JurisdictionSet set) {
        Contest contest = tally.contest();
        if (source instanceof SeatSource.House house) {
            return national(contest, tally.totals(set), house.seats());
        }
        return perJurisdiction(contest, set, tally.byJurisdiction(set));
    }

    private ProportionalOutcome national(Contest contest, Counts totals, int seats) {
        List<OptionSeats> options;
        Optional<Fraction> quota = Optional.empty();
        List<PlacedTieBreak> ties = new ArrayList<>();
        SeatAllocation a = null;
        if (seats > 0 && totals.valid() == 0) {
            options = unawarded(contest, totals);
        } else {
            a = allocate(contest, totals, seats, Optional.empty());
            options = lines(contest, a.parties());
            quota = a.quota();
            a.tieBreaks().forEach(t -> ties.add(new PlacedTieBreak(Optional.empty(), t)));
        }
        ProportionalOutcome draft = draft(contest, seats, options, quota, List.of(), Optional.empty(), ties,
                a == null ? List.of() : a.lastAwards(), a == null ? List.of() : a.runnersUp());
        return ProportionalReasons.explain(draft, settings, List.of(), a == null && seats > 0);
    }

    private ProportionalOutcome perJurisdiction(Contest contest, JurisdictionSet set,
            Map<Jurisdiction, Counts> byJurisdiction) {
        Optional<ApportionmentResult> apportionment = Optional.empty();
        if (source instanceof SeatSource.Population p) {
            apportionment = Optional.of(Apportionment.apportion(set, p.houseSize(), p.apportionment()));
        }
        Map<JurisdictionId, Integer> seatsOf = seatsPerJurisdiction(byJurisdiction, apportionment);
        int n = contest.optionCount();
        int[] seats = new int[n];
        Fraction[] quotas = new Fraction[n];
        Arrays.fill(quotas, Fraction.ZERO);
        boolean[] eligible = new boolean[n];
        Counts national = Counts.zero(n);
        long atStake = 0;
        List<JurisdictionSeats> rows = new ArrayList<>();
        List<PlacedTieBreak> ties = new ArrayList<>();
        List<JurisdictionId> noSeats = new ArrayList<>();
        for (Map.Entry<Jurisdiction, Counts> e : byJurisdiction.entrySet()) {
            JurisdictionId id = e.getKey().id();
            Counts counts = e.getValue();
            national = national.plus(counts);
            int s = seatsOf.getOrDefault(id, 0);
            atStake += s;
            if (s == 0 || counts.valid() == 0) {
                if (s == 0) {
                    noSeats.add(id);
                }
                rows.add(new JurisdictionSeats(id, s, false, unawarded(contest, counts), Optional.empty(), List.of(),
                        List.of()));
                continue;
            }
            SeatAllocation a = allocate(contest, counts, s, Optional.of(id));
            List<OptionSeats> local = lines(contest, a.parties());
            for (int i = 0; i < n; i++) {
                seats[i] += local.get(i).seats();
                quotas[i] = quotas[i].plus(local.get(i).quota());
                eligible[i] |= local.get(i).eligible();
            }
            a.tieBreaks().forEach(t -> ties.add(new PlacedTieBreak(Optional.of(id), t)));
            rows.add(new JurisdictionSeats(id, s, true, local, a.quota(), a.lastAwards(), a.runnersUp()));
        }
        if (atStake > Integer.MAX_VALUE) {
            throw new SchemeException("the jurisdictions have " + atStake + " seats in all, too many to count");
        }
        List<OptionSeats> options = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            options.add(new OptionSeats(contest.option(i), national.votes(i), eligible[i], seats[i], quotas[i]));
        }
        ProportionalOutcome draft = draft(contest, (int) atStake, options, Optional.empty(), rows, apportionment,
                ties, List.of(), List.of());
        return ProportionalReasons.explain(draft, settings, noSeats, false);
    }

    /** The seats of each counted jurisdiction under the source; jurisdictions absent get none. */
    private Map<JurisdictionId, Integer> seatsPerJurisdiction(Map<Jurisdiction, Counts> byJurisdiction,
            Optional<ApportionmentResult> apportionment) {
        Map<JurisdictionId, Integer> seats = new HashMap<>();
        if (source instanceof SeatSource.Electors) {
            for (Jurisdiction j : byJurisdiction.keySet()) {
                if (j.electors().isPresent()) {
                    long electors = j.electors().getAsLong();
                    if (electors > Integer.MAX_VALUE) {
                        throw new SchemeException(j.id() + " has " + electors + " electors, too many to share");
                    }
                    seats.put(j.id(), (int) electors);
                }
            }
        } else if (apportionment.isPresent()) {
            apportionment.get().jurisdictions().forEach(l -> seats.put(l.id(), l.seats()));
        } else if (source instanceof SeatSource.Given given) {
            TreeSet<JurisdictionId> unknown = new TreeSet<>(given.seats().keySet());
            byJurisdiction.keySet().forEach(j -> unknown.remove(j.id()));
            if (!unknown.isEmpty()) {
                throw new SchemeException("seats are given for " + SeatWording.and(List.copyOf(unknown))
                        + ", which " + (unknown.size() == 1 ? "is" : "are")
                        + " neither in the jurisdiction set nor in the returns; check the codes");
            }
            seats.putAll(given.seats());
        }
        return seats;
    }

    private SeatAllocation allocate(Contest contest, Counts counts, int seats, Optional<JurisdictionId> where) {
        List<Party> parties = new ArrayList<>(contest.optionCount());
        for (int i = 0; i < contest.optionCount(); i++) {
            parties.add(new Party(contest.option(i).name(), counts.votes(i)));
        }
        try {
            return SeatAllocator.allocate(settings.problem(parties, seats));
        } catch (SeatTieException e) {
            throw where.isPresent() ? e.in(where.get().code()) : e;
        } catch (IllegalArgumentException e) {
            throw new SchemeException("contest " + contest.name() + where.map(id -> ", in " + id).orElse("")
                    + ": " + e.getMessage());
        }
    }

    /** The engine's lines as option seats; the engine was given the options in order. */
    private static List<OptionSeats> lines(Contest contest, List<PartySeats> parties) {
        List<OptionSeats> lines = new ArrayList<>(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            PartySeats p = parties.get(i);
            lines.add(new OptionSeats(contest.option(i), p.votes(), p.eligible(), p.seats(), p.quota()));
        }
        return lines;
    }

    private static List<OptionSeats> unawarded(Contest contest, Counts counts) {
        List<OptionSeats> lines = new ArrayList<>(contest.optionCount());
        for (int i = 0; i < contest.optionCount(); i++) {
            lines.add(new OptionSeats(contest.option(i), counts.votes(i), false, 0, Fraction.ZERO));
        }
        return lines;
    }

    /** The outcome with its decision and deciding figure; the reasons are added after. */
    private ProportionalOutcome draft(Contest contest, int seats, List<OptionSeats> options, Optional<Fraction> quota,
            List<JurisdictionSeats> rows, Optional<ApportionmentResult> apportionment, List<PlacedTieBreak> ties,
            List<Award> lastAwards, List<Award> runnersUp) {
        int most = options.stream().mapToInt(OptionSeats::seats).max().orElse(0);
        List<OptionId> leaders = options.stream().filter(o -> most > 0 && o.seats() == most)
                .map(OptionSeats::option).toList();
        Decision decision;
        Optional<OptionId> winner = Optional.empty();
        String figure;
        if (leaders.isEmpty()) {
            decision = Decision.REJECTED;
            figure = "no seats awarded";
        } else if (leaders.size() > 1) {
            decision = Decision.TIE;
            figure = "tie at " + most + " of " + seats + " seats";
        } else {
            decision = Decision.ACCEPTED;
            winner = Optional.of(leaders.get(0));
            figure = leaders.get(0) + " " + most + " of " + seats + " seats";
        }
        return new ProportionalOutcome(contest.name(), decision, winner, settings.method(), source, seats, options,
                quota, rows, apportionment, ties, lastAwards, runnersUp, List.of(), figure);
    }
}
