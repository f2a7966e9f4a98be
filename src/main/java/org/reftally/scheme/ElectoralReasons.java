package org.reftally.scheme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reftally.model.Comparison;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;
import org.reftally.scheme.ElectoralOutcome.JurisdictionElectors;
import org.reftally.scheme.ElectoralOutcome.OptionElectors;

/**
 * The reasons of an {@link ElectoralOutcome}, in plain words with their figures: the decision
 * against the threshold, the electors of each option, the popular vote beside it (said plainly
 * when its winner loses the electoral count), and every jurisdiction whose electors were tied, not
 * awarded or missing. Stateless and thread-safe.
 */
final class ElectoralReasons {

    private ElectoralReasons() {
    }

    /** The draft outcome with its reasons. */
    static ElectoralOutcome explain(ElectoralOutcome o) {
        List<OptionElectors> byElectors = o.options().stream()
                .sorted(Comparator.comparingLong(OptionElectors::electors).reversed()).toList();
        List<String> reasons = new ArrayList<>();
        reasons.add(decision(o, byElectors));
        List<String> held = byElectors.stream().filter(e -> e.electors() > 0)
                .map(e -> e.option() + " " + e.electors() + " (" + e.jurisdictionsWon() + " jurisdiction"
                        + (e.jurisdictionsWon() == 1 ? "" : "s") + ")").toList();
        if (!held.isEmpty()) {
            reasons.add("Electors won: " + SeatWording.and(held) + ".");
        }
        reasons.add(popular(o, byElectors));
        for (JurisdictionElectors j : o.jurisdictions()) {
            if (j.electors().isPresent() && j.leaders().size() > 1) {
                reasons.add("In " + j.jurisdiction() + ", " + SeatWording.and(j.leaders()) + " are tied with "
                        + SeatWording.count(j.leaderVotes()) + " votes each; its " + j.electors().getAsLong()
                        + " electors are reported as tied and not awarded.");
            }
        }
        List<String> noVotes = o.jurisdictions().stream()
                .filter(j -> j.electors().isPresent() && j.leaders().isEmpty() && j.electors().getAsLong() > 0)
                .map(j -> j.jurisdiction() + " (" + j.electors().getAsLong() + ")").toList();
        if (!noVotes.isEmpty()) {
            reasons.add("No valid votes in " + SeatWording.and(noVotes) + ": their electors are not awarded.");
        }
        List<JurisdictionId> noElectors = o.jurisdictions().stream().filter(j -> j.electors().isEmpty())
                .map(JurisdictionElectors::jurisdiction).toList();
        if (!noElectors.isEmpty()) {
            reasons.add("No electors for " + SeatWording.and(noElectors) + " in the jurisdiction set: "
                    + (noElectors.size() == 1 ? "it counts 0 electors, and its" : "they count 0 electors, and their")
                    + " votes count in the popular vote only.");
        }
        return new ElectoralOutcome(o.contest(), o.decision(), o.winner(), o.threshold(), o.totalElectors(),
                o.needed(), o.options(), o.jurisdictions(), o.popularLeaders(), o.popularMargin(), o.valid(),
                reasons, o.decidingFigure());
    }

    private static String decision(ElectoralOutcome o, List<OptionElectors> byElectors) {
        OptionElectors top = byElectors.get(0);
        String bar = words(o.threshold()) + " of all " + o.totalElectors() + " electors"
                + (o.needed().isPresent() ? " (" + o.needed().getAsLong() + " needed)" : " (which no count can reach)");
        switch (o.decision()) {
            case ACCEPTED -> {
                return top.option() + " won " + top.electors() + " of " + o.totalElectors() + " electors, "
                        + bar + ".";
            }
            case TIE -> {
                List<OptionId> tied = byElectors.stream().filter(e -> e.electors() == top.electors())
                        .map(OptionElectors::option).toList();
                return SeatWording.and(tied) + " are tied with " + top.electors() + " electors each of "
                        + o.totalElectors() + "; the tie is not broken (in the US the House of Representatives"
                        + " would choose, U.S. Const. amend. XII).";
            }
            default -> {
                if (top.electors() == 0) {
                    return "No electors were awarded, so no option wins.";
                }
                return "No option won " + bar + ": the most, " + top.electors() + ", went to " + top.option()
                        + " (in the US the House of Representatives would choose, U.S. Const. amend. XII).";
            }
        }
    }

    private static String popular(ElectoralOutcome o, List<OptionElectors> byElectors) {
        if (o.popularLeaders().isEmpty()) {
            return "No valid votes were cast nationally.";
        }
        if (o.popularLeaders().size() > 1) {
            return "The popular vote is tied between " + SeatWording.and(o.popularLeaders()) + ".";
        }
        OptionId popular = o.popularLeaders().get(0);
        String margin = SeatWording.count(o.popularMargin());
        if (o.winner().isEmpty()) {
            return popular + " won the popular vote by " + margin + " of " + SeatWording.count(o.valid())
                    + " valid votes.";
        }
        OptionId winner = o.winner().get();
        if (winner.equals(popular)) {
            return winner + " also won the popular vote, by " + margin + " of " + SeatWording.count(o.valid())
                    + " valid votes.";
        }
        long second = byElectors.size() < 2 ? 0 : byElectors.get(1).electors();
        // Said plainly, because it is the fact readers look for (US 1876, 1888, 2000, 2016).
        return popular + " won the popular vote by " + margin + " but " + winner + " won the Electoral College "
                + byElectors.get(0).electors() + " : " + second + ".";
    }

    /** {@code more than 1/2}, {@code at least 2/3}. */
    private static String words(Threshold t) {
        return (t.comparison() == Comparison.GREATER ? "more than " : "at least ") + t.bound();
    }
}
