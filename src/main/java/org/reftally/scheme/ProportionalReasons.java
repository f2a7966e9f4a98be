package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.scheme.ProportionalOutcome.OptionSeats;
import org.reftally.scheme.ProportionalOutcome.PlacedTieBreak;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.SeatThreshold;

/**
 * The reasons of a {@link ProportionalOutcome}, in plain words with their figures: how the seats
 * were set and shared, who won how many, what the threshold excluded, each tie break, the last
 * seat and the next in line, and every seat not awarded. Stateless and thread-safe.
 */
final class ProportionalReasons {

    private ProportionalReasons() {
    }

    /**
     * The draft outcome with its reasons.
     *
     * @param noSeats            the jurisdictions that had no seats to share
     * @param nationalNoVotes    a national count with seats but no valid vote
     */
    static ProportionalOutcome explain(ProportionalOutcome o, SeatSettings settings, List<JurisdictionId> noSeats,
            boolean nationalNoVotes) {
        boolean perJurisdiction = !(o.source() instanceof SeatSource.House);
        List<String> reasons = new ArrayList<>();
        reasons.add(basis(o, settings, perJurisdiction));
        reasons.add(decision(o));
        reasons.add("Seats: " + SeatWording.and(o.options().stream()
                .map(s -> s.option() + " " + s.seats()).toList()) + ".");
        excluded(o, settings, perJurisdiction).ifPresent(reasons::add);
        o.quota().ifPresent(q -> reasons.add("The " + o.method() + " quota is " + SeatWording.decimal(q)
                + " votes per seat (exactly " + q + ")."));
        if (!o.lastAwards().isEmpty()) {
            Award last = o.lastAwards().get(o.lastAwards().size() - 1);
            String next = o.runnersUp().isEmpty() ? ""
                    : "; next in line: " + SeatWording.award(o.runnersUp().get(0));
            reasons.add("The last seat awarded was " + SeatWording.award(last) + next + ".");
        }
        for (PlacedTieBreak t : o.tieBreaks()) {
            String where = t.jurisdiction().map(id -> " in " + id).orElse("");
            reasons.add(SeatWording.tieBreak(where, t.tieBreak(), settings.seed()));
        }
        o.apportionment().ifPresent(a -> reasons.add("The " + a.houseSize() + " seats were first apportioned among "
                + a.jurisdictions().size() + " jurisdictions by population (" + a.methodName()
                + (a.minSeats() > 0 ? ", at least " + a.minSeats() + " each" : "") + ")."));
        if (!noSeats.isEmpty()) {
            reasons.add("No seats to share in " + SeatWording.and(noSeats) + ": " + noSeatsBecause(o.source())
                    + "; their votes count in the national totals only.");
        }
        List<String> noVotes = o.jurisdictions().stream().filter(j -> !j.awarded() && j.seats() > 0)
                .map(j -> j.jurisdiction() + " (" + j.seats() + ")").toList();
        if (!noVotes.isEmpty()) {
            reasons.add("Not awarded for lack of any valid vote: the seats of " + SeatWording.and(noVotes) + ".");
        }
        if (nationalNoVotes) {
            reasons.add("No valid votes were cast, so none of the " + o.seats() + " seats was awarded.");
        }
        return new ProportionalOutcome(o.contest(), o.decision(), o.winner(), o.method(), o.source(), o.seats(),
                o.options(), o.quota(), o.jurisdictions(), o.apportionment(), o.tieBreaks(), o.lastAwards(),
                o.runnersUp(), reasons, o.decidingFigure());
    }

    private static String basis(ProportionalOutcome o, SeatSettings settings, boolean perJurisdiction) {
        String threshold = settings.threshold() == SeatThreshold.none() ? ""
                : "; threshold " + settings.threshold() + (perJurisdiction ? " within each jurisdiction" : "");
        return o.seats() + " seats: " + o.source().describe() + " by " + settings.describe() + threshold + ".";
    }

    private static String decision(ProportionalOutcome o) {
        List<OptionSeats> byRank = o.options().stream()
                .sorted((a, b) -> Integer.compare(b.seats(), a.seats())).toList();
        OptionSeats top = byRank.get(0);
        switch (o.decision()) {
            case ACCEPTED -> {
                String next = byRank.size() < 2 ? ""
                        : ", ahead of " + byRank.get(1).option() + " with " + byRank.get(1).seats();
                return top.option() + " wins the most seats: " + top.seats() + " of " + o.seats() + " (proportional"
                        + " entitlement " + SeatWording.decimal(top.quota()) + ")" + next + ".";
            }
            case TIE -> {
                List<OptionId> tied = o.options().stream().filter(s -> s.seats() == top.seats())
                        .map(OptionSeats::option).toList();
                return SeatWording.and(tied) + " are tied with " + top.seats() + " seats each of " + o.seats()
                        + "; the tie is not broken.";
            }
            default -> {
                return "No seat was awarded, so no option wins.";
            }
        }
    }

    private static Optional<String> excluded(ProportionalOutcome o, SeatSettings settings,
            boolean perJurisdiction) {
        if (settings.threshold() == SeatThreshold.none() || o.awarded() == 0) {
            return Optional.empty();
        }
        List<OptionId> out = o.options().stream().filter(s -> !s.eligible()).map(OptionSeats::option).toList();
        if (out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((perJurisdiction ? "Below the threshold in every jurisdiction" : "Below the threshold")
                + " (" + settings.threshold() + "), so without a seat: " + SeatWording.and(out) + ".");
    }

    private static String noSeatsBecause(SeatSource source) {
        if (source instanceof SeatSource.Electors) {
            return "the jurisdiction set gives them no electors";
        }
        if (source instanceof SeatSource.Population) {
            return "they are not in the jurisdiction set, or got no seat in the apportionment";
        }
        return "no seats were given for them";
    }
}
