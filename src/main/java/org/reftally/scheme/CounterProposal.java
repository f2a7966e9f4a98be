package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Tally;
import org.reftally.scheme.CounterProposalOutcome.TieBreak;
import org.reftally.scheme.CounterProposalOutcome.TieBreakRow;

/**
 * A popular initiative with a counter-proposal (Swiss Federal Constitution art. 139b; Federal Act
 * on Political Rights art. 76): three questions on one ballot.
 *
 * <p>The initiative and the counter-proposal are each decided by {@code rule} (the people and the
 * cantons, each by more than half), separately: a voter may approve both (art. 139b(2)), and an
 * unanswered question is disregarded for that question only (art. 76(2)). If only one is accepted
 * it comes into force. If both are, the tie-break question decides (art. 76(3)): a proposal that
 * has more popular votes and more cantonal votes on it wins; when the people prefer one and the
 * cantons the other, or either side is exactly even, the proposal with the higher sum of its
 * percentage of the popular vote and its percentage of the cantonal votes on the tie-break wins
 * (art. 139b(3)). Both percentages are exact fractions; the cantonal percentage is of all
 * cantonal votes (23), a canton tied on the tie-break, or without answers to it, counting for
 * neither side. Neither the Constitution nor the Act provides for equal sums, so an exact tie is
 * reported as {@link Decision#TIE} rather than resolved.
 *
 * <p>The tie-break contest's options must be named after the two proposals' contests (trimmed,
 * any case). Immutable and thread-safe.
 */
public record CounterProposal(DoubleMajority rule) {

    public CounterProposal {
        Objects.requireNonNull(rule, "rule");
    }

    /** The Swiss rule: each proposal by the people and the cantons, more than half each, YES proposed. */
    public static CounterProposal swiss() {
        return new CounterProposal(DoubleMajority.peopleAndStates());
    }

    /** {@link #decide} with the Swiss rule. */
    public static CounterProposalOutcome evaluate(Tally tally, JurisdictionSet set, String initiative,
            String counter, String tieBreak) {
        return swiss().decide(tally, set, initiative, counter, tieBreak);
    }

    /**
     * Decides which of the two proposals, if either, comes into force.
     *
     * @throws SchemeException when a contest is missing or the tie-break options do not name the proposals
     */
    public CounterProposalOutcome decide(Tally tally, JurisdictionSet set, String initiative, String counter,
            String tieBreak) {
        ContestTally initiativeTally = contest(tally, initiative);
        ContestTally counterTally = contest(tally, counter);
        ContestTally tieTally = contest(tally, tieBreak);
        String initiativeName = initiativeTally.contest().name();
        String counterName = counterTally.contest().name();
        int ti = tieOption(tieTally.contest(), initiativeName, counterName);
        int tc = tieOption(tieTally.contest(), counterName, initiativeName);

        DoubleMajorityOutcome i = rule.evaluate(initiativeTally, set);
        DoubleMajorityOutcome c = rule.evaluate(counterTally, set);
        boolean iAccepted = i.decision() == Decision.ACCEPTED;
        boolean cAccepted = c.decision() == Decision.ACCEPTED;
        List<String> reasons = new ArrayList<>();
        reasons.add(summary("initiative", initiativeName, i));
        reasons.add(summary("counter-proposal", counterName, c));

        if (!iAccepted && !cAccepted) {
            reasons.add("Neither proposal is accepted, so the law in force stands.");
            return new CounterProposalOutcome(initiativeName, Decision.REJECTED, Optional.empty(), i, c,
                    Optional.empty(), reasons, "neither accepted");
        }
        if (iAccepted != cAccepted) {
            String winner = iAccepted ? initiativeName : counterName;
            reasons.add("Only " + winner + " is accepted, so it comes into force; the tie-break question is not"
                    + " needed.");
            return new CounterProposalOutcome(initiativeName, Decision.ACCEPTED, Optional.of(OptionId.of(winner)), i,
                    c, Optional.empty(), reasons, winner + " accepted alone");
        }
        TieBreak t = tieBreak(tieTally, set, ti, tc);
        reasons.addAll(CounterProposalText.tieBreak(t));
        Decision decision = t.preferred().isPresent() ? Decision.ACCEPTED : Decision.TIE;
        Optional<OptionId> winner = t.preferred().map(o -> OptionId.of(o.equals(t.initiativeOption())
                ? initiativeName : counterName));
        reasons.add(winner.map(w -> "Both proposals are accepted; by the tie-break, " + w + " comes into force.")
                .orElse("Both proposals are accepted and the tie-break sums are exactly equal; neither the"
                        + " Constitution nor the Political Rights Act resolves this, so it is reported as a tie."));
        return new CounterProposalOutcome(initiativeName, decision, winner, i, c, Optional.of(t), reasons,
                CounterProposalText.figure(t));
    }

    private TieBreak tieBreak(ContestTally tally, JurisdictionSet set, int ti, int tc) {
        Contest contest = tally.contest();
        OptionId io = contest.option(ti);
        OptionId co = contest.option(tc);
        Map<Jurisdiction, Counts> byJurisdiction = tally.byJurisdiction(set);
        List<TieBreakRow> rows = new ArrayList<>();
        Fraction iWeight = Fraction.ZERO;
        Fraction cWeight = Fraction.ZERO;
        for (Map.Entry<Jurisdiction, Counts> e : byJurisdiction.entrySet()) {
            Jurisdiction j = e.getKey();
            long iv = e.getValue().votes(ti);
            long cv = e.getValue().votes(tc);
            Optional<OptionId> prefers = iv > cv ? Optional.of(io) : cv > iv ? Optional.of(co) : Optional.empty();
            rows.add(new TieBreakRow(j.id(), j.weight(), iv, cv, prefers));
            // Art. 76(3): each canton's vote on the third question goes to the proposal its voters prefer.
            if (prefers.isPresent() && set.contains(j.id())) {
                if (prefers.get().equals(io)) {
                    iWeight = iWeight.plus(j.weight());
                } else {
                    cWeight = cWeight.plus(j.weight());
                }
            }
        }
        Counts totals = tally.totals(set);
        long iv = totals.votes(ti);
        long cv = totals.votes(tc);
        Fraction total = set.totalWeight();
        Optional<OptionId> popular = iv > cv ? Optional.of(io) : cv > iv ? Optional.of(co) : Optional.empty();
        int weights = iWeight.compareTo(cWeight);
        Optional<OptionId> cantonal = weights > 0 ? Optional.of(io) : weights < 0 ? Optional.of(co) : Optional.empty();
        // Blank answers are disregarded (art. 76(2)): the popular share is of the votes for either proposal.
        Fraction iPopular = iv + cv == 0 ? Fraction.ZERO : Fraction.of(iv, iv + cv);
        Fraction cPopular = iv + cv == 0 ? Fraction.ZERO : Fraction.of(cv, iv + cv);
        Fraction iCantonal = total.signum() == 0 ? Fraction.ZERO : iWeight.dividedBy(total);
        Fraction cCantonal = total.signum() == 0 ? Fraction.ZERO : cWeight.dividedBy(total);
        Fraction iSum = iPopular.plus(iCantonal);
        Fraction cSum = cPopular.plus(cCantonal);
        boolean agree = popular.isPresent() && popular.equals(cantonal);
        Optional<OptionId> preferred;
        if (agree) {
            preferred = popular;
        } else {
            int sums = iSum.compareTo(cSum);
            preferred = sums > 0 ? Optional.of(io) : sums < 0 ? Optional.of(co) : Optional.empty();
        }
        return new TieBreak(contest.name(), io, co, iv, cv, iWeight, cWeight, total, popular, cantonal, iSum, cSum,
                preferred, !agree, rows);
    }

    private static String summary(String role, String name, DoubleMajorityOutcome o) {
        return "The " + role + " " + name + " is " + o.decision().word() + " (" + o.decidingFigure() + ").";
    }

    private static ContestTally contest(Tally tally, String name) {
        return tally.contest(name).orElseThrow(() -> new SchemeException("the input has no contest '" + name
                + "' (its contests: " + Text.and(tally.contests().stream().map(c -> c.contest().name()).toList())
                + ")"));
    }

    private static int tieOption(Contest tieBreak, String proposal, String other) {
        int i = tieBreak.indexOf(proposal);
        if (i < 0) {
            throw new SchemeException("the tie-break question '" + tieBreak.name() + "' must have options named after"
                    + " the two proposals ('" + proposal + "' and '" + other + "'); its options are: "
                    + Text.and(tieBreak.options()));
        }
        return i;
    }
}
