package org.reftally.scheme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.DoubleMajorityOutcome.Condition;
import org.reftally.scheme.DoubleMajorityOutcome.JurisdictionRow;

/**
 * Double majority: a proposal carries only when the people and the states both approve, and
 * every required state approves itself.
 *
 * <ol>
 *   <li>The people: the proposal's share of valid votes nationally, territories included, meets
 *       {@code nationalThreshold}. Quorums apply as in {@link Majority}; a failed quorum makes the
 *       decision {@link Decision#INVALID}.
 *   <li>The states: a jurisdiction approves when its own share of valid votes meets
 *       {@code stateThreshold}; a tie or no valid vote is not approval (Swiss Federal Act on
 *       Political Rights art. 13(2)). The weight of approving states must meet {@code states}
 *       (Swiss Federal Constitution art. 142(2)-(4): half-cantons weigh 1/2, so 11.5 : 11.5 fails;
 *       Australian Constitution s.128: a majority of the six States, so 3 : 3 fails). Weight-0
 *       jurisdictions (territories, DC) count in the national total, never here.
 *   <li>Required states: each of {@code required} approves itself ("double consensus").
 * </ol>
 *
 * <p>The proposal is the option named by {@code proposal}, else the contest's {@code YES}; there
 * must be one. Every jurisdiction of the input must be a member of the set, since the states test
 * needs its weight. Weights are exact {@link Fraction}s. Immutable and thread-safe.
 */
public record DoubleMajority(Optional<String> proposal, Threshold nationalThreshold, Threshold stateThreshold,
        StatesRequirement states, List<JurisdictionId> required, List<Quorum> quorums) implements Scheme {

    public DoubleMajority {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(nationalThreshold, "nationalThreshold");
        Objects.requireNonNull(stateThreshold, "stateThreshold");
        Objects.requireNonNull(states, "states");
        required = List.copyOf(new LinkedHashSet<>(required));
        quorums = List.copyOf(quorums);
    }

    /** The people and the states each by more than half, as for a Swiss constitutional amendment. */
    public static DoubleMajority peopleAndStates() {
        return new DoubleMajority(Optional.empty(), Threshold.SIMPLE_MAJORITY, Threshold.SIMPLE_MAJORITY,
                StatesRequirement.MAJORITY, List.of(), List.of());
    }

    @Override
    public String name() {
        return "double-majority";
    }

    @Override
    public DoubleMajorityOutcome evaluate(ContestTally tally, JurisdictionSet set) {
        Contest contest = tally.contest();
        int p = proposalIndex(contest);
        OptionId option = contest.option(p);
        Map<Jurisdiction, Counts> byJurisdiction = tally.byJurisdiction(set);
        requireMembers(byJurisdiction, set);
        Counts totals = tally.totals(set);
        long votes = totals.votes(p);
        long valid = totals.valid();

        Set<JurisdictionId> requiredSet = Set.copyOf(required);
        List<JurisdictionRow> rows = new ArrayList<>();
        Fraction approving = Fraction.ZERO;
        for (Map.Entry<Jurisdiction, Counts> e : byJurisdiction.entrySet()) {
            Jurisdiction j = e.getKey();
            Counts c = e.getValue();
            long yes = c.votes(p);
            boolean approves = stateThreshold.isMet(yes, c.valid());
            rows.add(new JurisdictionRow(j.id(), j.name(), j.weight(), yes, c.valid(),
                    c.valid() == 0 ? Optional.empty() : Optional.of(Fraction.of(yes, c.valid())), approves,
                    requiredSet.contains(j.id())));
            if (approves) {
                approving = approving.plus(j.weight()); // weight 0: a territory adds nothing
            }
        }
        Fraction total = set.totalWeight();
        boolean peopleMet = nationalThreshold.isMet(votes, valid);
        boolean statesMet = states.isMet(approving, total);
        boolean requiredMet = rows.stream().filter(JurisdictionRow::required).allMatch(JurisdictionRow::approves);
        List<QuorumCheck> checks = Quorums.check(quorums, byJurisdiction, totals, votes);

        DoubleMajorityText text = new DoubleMajorityText(option, stateThreshold);
        List<Condition> conditions = new ArrayList<>();
        checks.forEach(c -> conditions.add(new Condition("quorum " + c.quorum(), c.met(), Quorums.sentence(c))));
        conditions.add(new Condition("people", peopleMet, text.people(nationalThreshold, votes, valid, peopleMet)));
        if (states.tested()) {
            conditions.add(new Condition("states", statesMet, text.states(states, rows, approving, total, statesMet)));
        }
        for (JurisdictionId id : required) {
            JurisdictionRow row = rows.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
            conditions.add(new Condition("required " + id, row.approves(), text.required(row)));
        }

        boolean quorumFailed = checks.stream().anyMatch(c -> !c.met());
        Decision decision = quorumFailed ? Decision.INVALID
                : peopleMet && statesMet && requiredMet ? Decision.ACCEPTED : Decision.REJECTED;
        List<String> reasons = new ArrayList<>(conditions.stream().map(Condition::detail).toList());
        reasons.add(DoubleMajorityText.conclusion(decision, conditions));
        Optional<OptionId> winner = decision == Decision.ACCEPTED ? Optional.of(option) : Optional.empty();
        String figure = text.figure(checks, nationalThreshold, votes, valid,
                states.tested() ? Optional.of(approving) : Optional.empty(), total, rows);
        return new DoubleMajorityOutcome(contest.name(), decision, winner, option, nationalThreshold, votes, valid,
                peopleMet, stateThreshold, states, approving, total, statesMet, required, requiredMet, checks, rows,
                conditions, reasons, figure);
    }

    private int proposalIndex(Contest contest) {
        if (proposal.isPresent()) {
            return Options.require(contest, proposal.get());
        }
        int yes = contest.indexOf(Options.DEFAULT_PROPOSAL);
        if (yes < 0) {
            throw new SchemeException("contest '" + contest.name() + "' has no option YES; name the proposal"
                    + " (its options: " + Text.and(contest.options()) + ")");
        }
        return yes;
    }

    private void requireMembers(Map<Jurisdiction, Counts> byJurisdiction, JurisdictionSet set) {
        List<String> strangers = byJurisdiction.keySet().stream().filter(j -> !set.contains(j.id()))
                .map(j -> j.id().code()).toList();
        if (!strangers.isEmpty()) {
            throw new SchemeException("jurisdiction set '" + set.name() + "' does not list " + String.join(", ",
                    strangers) + ", found in the input; the states test needs the weight of every jurisdiction");
        }
        for (JurisdictionId id : required) {
            if (!set.contains(id)) {
                throw new SchemeException("required state " + id + " is not in jurisdiction set '" + set.name() + "'");
            }
        }
    }
}
