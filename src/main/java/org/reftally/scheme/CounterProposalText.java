package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;
import org.reftally.model.OptionId;
import org.reftally.scheme.CounterProposalOutcome.TieBreak;

/** The sentences explaining a tie-break (art. 139b(3) Federal Constitution). Stateless and thread-safe. */
final class CounterProposalText {

    private CounterProposalText() {
    }

    static List<String> tieBreak(TieBreak t) {
        List<String> reasons = new ArrayList<>();
        long answered = t.initiativeVotes() + t.counterVotes();
        reasons.add("Tie-break, the people: " + t.initiativeOption() + " " + Text.count(t.initiativeVotes()) + " ("
                + Text.percent(t.initiativeVotes(), answered, Fraction.HALF) + "), " + t.counterOption() + " "
                + Text.count(t.counterVotes()) + " (" + Text.percent(t.counterVotes(), answered, Fraction.HALF)
                + "); " + side(t.popularWinner()) + ". Blank answers are disregarded.");
        reasons.add("Tie-break, the cantons: " + t.initiativeOption() + " " + Text.weight(t.initiativeWeight()) + ", "
                + t.counterOption() + " " + Text.weight(t.counterWeight()) + " of " + Text.weight(t.totalWeight())
                + " cantonal votes; " + side(t.cantonalWinner()) + ".");
        if (!t.decidedBySum()) {
            reasons.add(t.preferred().orElseThrow() + " has more popular and more cantonal votes on the tie-break.");
        } else {
            reasons.add("The people and the cantons do not agree, so the sums of the popular and cantonal"
                    + " percentages decide (Federal Constitution art. 139b(3)): " + t.initiativeOption() + " "
                    + Text.percent(t.initiativeSum(), t.counterSum()) + ", " + t.counterOption() + " "
                    + Text.percent(t.counterSum(), t.initiativeSum()) + ".");
        }
        return reasons;
    }

    /** {@code tie-break: Counter (sum 101.30% : 98.70%)}. */
    static String figure(TieBreak t) {
        String sums = Text.percent(t.initiativeSum(), t.counterSum()) + " : "
                + Text.percent(t.counterSum(), t.initiativeSum());
        return "tie-break " + t.preferred().map(OptionId::name).orElse("tied") + " (sums " + sums + ")";
    }

    private static String side(java.util.Optional<OptionId> winner) {
        return winner.map(w -> w + " is preferred").orElse("neither is preferred");
    }
}
