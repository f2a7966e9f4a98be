package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;

/**
 * The double-majority decision: the proposal carries only when the people, the states and every
 * required state approve and every quorum is met. Each condition is listed, met or not, with its
 * figures; a failed quorum makes the decision {@link Decision#INVALID}. Immutable.
 *
 * @param proposal          the option put to the vote (YES by default)
 * @param nationalThreshold the share of valid votes the proposal needs nationally
 * @param votes             the proposal's valid votes nationally, territories included
 * @param valid             valid votes nationally
 * @param peopleMet         whether the national share meets {@code nationalThreshold}
 * @param stateThreshold    the share of its own valid votes with which a state approves
 * @param statesRequirement how much approving weight is needed ({@link StatesRequirement#NONE}: no test)
 * @param approvingWeight   the total weight of approving states (weight-0 jurisdictions add nothing)
 * @param totalWeight       the total weight of the jurisdiction set
 * @param statesMet         whether {@code approvingWeight} meets the requirement (true with no test)
 * @param required          the jurisdictions that must approve themselves, in the order given
 * @param requiredMet       whether every required jurisdiction approves (true when none is required)
 * @param quorums           every quorum applied, met or not
 * @param jurisdictions     one row per jurisdiction, in the set's order, for tables and maps
 * @param conditions        every condition, met or not, in the order quorums, people, states, required
 */
public record DoubleMajorityOutcome(
        String contest,
        Decision decision,
        Optional<OptionId> winner,
        OptionId proposal,
        Threshold nationalThreshold,
        long votes,
        long valid,
        boolean peopleMet,
        Threshold stateThreshold,
        StatesRequirement statesRequirement,
        Fraction approvingWeight,
        Fraction totalWeight,
        boolean statesMet,
        List<JurisdictionId> required,
        boolean requiredMet,
        List<QuorumCheck> quorums,
        List<JurisdictionRow> jurisdictions,
        List<Condition> conditions,
        List<String> reasons,
        String decidingFigure) implements Outcome {

    public DoubleMajorityOutcome {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(nationalThreshold, "nationalThreshold");
        Objects.requireNonNull(stateThreshold, "stateThreshold");
        Objects.requireNonNull(statesRequirement, "statesRequirement");
        Objects.requireNonNull(approvingWeight, "approvingWeight");
        Objects.requireNonNull(totalWeight, "totalWeight");
        required = List.copyOf(required);
        quorums = List.copyOf(quorums);
        jurisdictions = List.copyOf(jurisdictions);
        conditions = List.copyOf(conditions);
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decidingFigure, "decidingFigure");
    }

    @Override
    public String scheme() {
        return "double-majority";
    }

    /** The weight of the states that do not approve: total minus approving. */
    public Fraction opposingWeight() {
        return totalWeight.minus(approvingWeight);
    }

    /** The states tally as officials write it, approving first: {@code 8.5 : 14.5}. */
    public String statesTally() {
        return Text.weight(approvingWeight) + " : " + Text.weight(opposingWeight());
    }

    /**
     * One jurisdiction's vote on the proposal.
     *
     * @param weight   its weight in the states test; 0 for a territory, which counts only nationally
     * @param votes    valid votes for the proposal
     * @param valid    valid votes
     * @param share    {@code votes / valid}, empty with no valid vote
     * @param approves whether its share meets the state threshold; a tie or no valid vote never
     *                 approves (Swiss Federal Act on Political Rights art. 13(2))
     * @param required whether it was required to approve
     */
    public record JurisdictionRow(JurisdictionId id, String name, Fraction weight, long votes, long valid,
            Optional<Fraction> share, boolean approves, boolean required) {
        public JurisdictionRow {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(share, "share");
        }

        /** Whether it takes part in the states test (weight above zero). */
        public boolean countsAsState() {
            return weight.signum() > 0;
        }
    }

    /**
     * One condition of the decision.
     *
     * @param name   {@code quorum turnout>1/2}, {@code people}, {@code states}, {@code required CA}
     * @param met    whether it holds
     * @param detail a sentence with its figures
     */
    public record Condition(String name, boolean met, String detail) {
        public Condition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
