package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;

/**
 * The decision on a popular initiative put to the vote with a counter-proposal (Swiss Federal
 * Constitution art. 139b; Federal Act on Political Rights art. 76): which of the two, if either,
 * comes into force. Immutable.
 *
 * <p>{@link #decision()} is {@link Decision#ACCEPTED} with the winning proposal as
 * {@link #winner()} (named by its contest), {@link Decision#REJECTED} when neither was accepted,
 * {@link Decision#TIE} when both were accepted and the tie-break sums are exactly equal.
 *
 * @param contest    the initiative's contest name, by which the whole vote is known
 * @param initiative the initiative's own double-majority outcome
 * @param counter    the counter-proposal's own double-majority outcome
 * @param tieBreak   the tie-break result, present only when both were accepted
 */
public record CounterProposalOutcome(
        String contest,
        Decision decision,
        Optional<OptionId> winner,
        DoubleMajorityOutcome initiative,
        DoubleMajorityOutcome counter,
        Optional<TieBreak> tieBreak,
        List<String> reasons,
        String decidingFigure) implements Outcome {

    public CounterProposalOutcome {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(tieBreak, "tieBreak");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decidingFigure, "decidingFigure");
    }

    @Override
    public String scheme() {
        return "counter-proposal";
    }

    /**
     * The third question: which proposal should come into force if both are accepted. Blank
     * answers are disregarded for this question only.
     *
     * @param initiativeOption  the tie-break option naming the initiative
     * @param counterOption     the tie-break option naming the counter-proposal
     * @param initiativeVotes   valid tie-break votes preferring the initiative, nationally
     * @param counterVotes      valid tie-break votes preferring the counter-proposal, nationally
     * @param initiativeWeight  cantonal votes preferring the initiative
     * @param counterWeight     cantonal votes preferring the counter-proposal
     * @param totalWeight       all cantonal votes (23 for Switzerland); a canton that is tied or
     *                          without answers counts for neither side
     * @param popularWinner     the proposal with more popular votes; empty when equal
     * @param cantonalWinner    the proposal with more cantonal votes; empty when equal
     * @param initiativeSum     the initiative's popular share plus its cantonal share (between 0 and 2)
     * @param counterSum        the counter-proposal's popular share plus its cantonal share
     * @param preferred         the proposal the tie-break puts into force; empty on an exact tie of sums
     * @param decidedBySum      whether the sums decided (the people and the cantons disagreed)
     * @param jurisdictions     each jurisdiction's preference, in the set's order
     */
    public record TieBreak(
            String contest,
            OptionId initiativeOption,
            OptionId counterOption,
            long initiativeVotes,
            long counterVotes,
            Fraction initiativeWeight,
            Fraction counterWeight,
            Fraction totalWeight,
            Optional<OptionId> popularWinner,
            Optional<OptionId> cantonalWinner,
            Fraction initiativeSum,
            Fraction counterSum,
            Optional<OptionId> preferred,
            boolean decidedBySum,
            List<TieBreakRow> jurisdictions) {

        public TieBreak {
            Objects.requireNonNull(contest, "contest");
            Objects.requireNonNull(initiativeOption, "initiativeOption");
            Objects.requireNonNull(counterOption, "counterOption");
            Objects.requireNonNull(initiativeWeight, "initiativeWeight");
            Objects.requireNonNull(counterWeight, "counterWeight");
            Objects.requireNonNull(totalWeight, "totalWeight");
            Objects.requireNonNull(popularWinner, "popularWinner");
            Objects.requireNonNull(cantonalWinner, "cantonalWinner");
            Objects.requireNonNull(initiativeSum, "initiativeSum");
            Objects.requireNonNull(counterSum, "counterSum");
            Objects.requireNonNull(preferred, "preferred");
            jurisdictions = List.copyOf(jurisdictions);
        }
    }

    /**
     * One jurisdiction's answer to the tie-break question.
     *
     * @param prefers the proposal with more of its valid tie-break votes; empty when equal or none
     */
    public record TieBreakRow(JurisdictionId id, Fraction weight, long initiativeVotes, long counterVotes,
            Optional<OptionId> prefers) {
        public TieBreakRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(prefers, "prefers");
        }
    }
}
