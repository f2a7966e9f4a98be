package org.reftally.scheme;

import java.util.List;
import java.util.Optional;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;
import org.reftally.scheme.DoubleMajorityOutcome.Condition;
import org.reftally.scheme.DoubleMajorityOutcome.JurisdictionRow;

/**
 * The sentences of a double-majority outcome, one per condition, each with its figures. Kept
 * apart from the counting so that the rule reads as the statute does. Immutable and thread-safe.
 */
final class DoubleMajorityText {

    private final OptionId proposal;
    private final Threshold stateThreshold;

    DoubleMajorityText(OptionId proposal, Threshold stateThreshold) {
        this.proposal = proposal;
        this.stateThreshold = stateThreshold;
    }

    String people(Threshold national, long votes, long valid, boolean met) {
        String needs = Text.threshold(national) + " of the valid votes nationally";
        if (valid == 0) {
            return "The people: no valid votes were cast, so " + proposal + " cannot reach " + needs + ".";
        }
        return "The people: " + proposal + " has " + Text.count(votes) + " of " + Text.count(valid)
                + " valid votes nationally (" + Text.percent(votes, valid, national.bound()) + "), which "
                + (met ? "meets " : "does not meet ") + Text.threshold(national) + ".";
    }

    String states(StatesRequirement requirement, List<JurisdictionRow> rows, Fraction approving, Fraction total,
            boolean met) {
        StringBuilder s = new StringBuilder("The states: ").append(Text.weight(approving)).append(" of ")
                .append(Text.weight(total)).append(" state votes approve (").append(Text.weight(approving))
                .append(" : ").append(Text.weight(total.minus(approving))).append("), which ")
                .append(met ? "meets " : "does not meet ").append(requirement.describe(total))
                .append("; a state approves with ").append(Text.threshold(stateThreshold))
                .append(" of its own valid votes for ").append(proposal).append(", and a tie does not approve.");
        List<String> approvers = rows.stream().filter(r -> r.countsAsState() && r.approves())
                .map(DoubleMajorityText::withWeight).toList();
        s.append(approvers.isEmpty() ? " No state approves." : " Approving: " + Text.and(approvers) + ".");
        List<JurisdictionId> tied = rows.stream()
                .filter(r -> r.countsAsState() && !r.approves() && isEvenSplit(r)).map(JurisdictionRow::id).toList();
        if (!tied.isEmpty()) {
            s.append(" Exactly half for ").append(proposal).append(", so not approving: ").append(Text.and(tied))
                    .append('.');
        }
        List<JurisdictionId> empty = rows.stream().filter(r -> r.countsAsState() && r.valid() == 0)
                .map(JurisdictionRow::id).toList();
        if (!empty.isEmpty()) {
            s.append(" No valid votes, so not approving: ").append(Text.and(empty)).append('.');
        }
        List<String> territories = rows.stream().filter(r -> !r.countsAsState())
                .map(r -> r.id() + (r.approves() ? " (approving)" : " (not approving)")).toList();
        if (!territories.isEmpty()) {
            s.append(" Weight 0, so counted only in the national total: ").append(Text.and(territories)).append('.');
        }
        return s.toString();
    }

    String required(JurisdictionRow row) {
        String share = row.valid() == 0 ? "no valid votes"
                : Text.count(row.votes()) + " of " + Text.count(row.valid()) + " valid votes for " + proposal + " ("
                        + Text.percent(row.votes(), row.valid(), stateThreshold.bound()) + ")";
        return "Required state " + row.id() + ": " + share + ", so " + row.id()
                + (row.approves() ? " approves" : " does not approve") + " (it needs "
                + Text.threshold(stateThreshold) + ").";
    }

    /** The one figure for a table cell: {@code 50.73% YES, states 8.5 : 14.5}. */
    String figure(List<QuorumCheck> checks, Threshold national, long votes, long valid,
            Optional<Fraction> approving, Fraction total, List<JurisdictionRow> rows) {
        Optional<QuorumCheck> failed = checks.stream().filter(c -> !c.met()).findFirst();
        if (failed.isPresent()) {
            QuorumCheck c = failed.get();
            return c.quorum().kind().keyword() + " "
                    + Text.percent(c.part(), c.electorate(), c.quorum().threshold().bound());
        }
        StringBuilder s = new StringBuilder(valid == 0 ? "no valid votes"
                : Text.percent(votes, valid, national.bound()) + " " + proposal);
        approving.ifPresent(a -> s.append(", states ").append(Text.weight(a)).append(" : ")
                .append(Text.weight(total.minus(a))));
        rows.stream().filter(r -> r.required() && !r.approves())
                .forEach(r -> s.append(", ").append(r.id()).append(" not approving"));
        return s.toString();
    }

    /** The closing sentence: the decision and, when rejected, which conditions failed. */
    static String conclusion(Decision decision, List<Condition> conditions) {
        List<String> failed = conditions.stream().filter(c -> !c.met()).map(Condition::name).toList();
        return switch (decision) {
            case ACCEPTED -> "Accepted: every condition is met.";
            case INVALID -> "Invalid: " + Text.and(failed.stream().filter(n -> n.startsWith("quorum")).toList())
                    + " not met, so the vote does not count.";
            case REJECTED -> "Rejected: the proposal fails the " + Text.and(failed)
                    + (failed.size() == 1 ? " condition." : " conditions.");
            case TIE -> "Tie.";
        };
    }

    private static String withWeight(JurisdictionRow r) {
        return r.weight().equals(Fraction.ONE) ? r.id().code() : r.id() + " (" + Text.weight(r.weight()) + ")";
    }

    /** Exactly half of the valid votes for the proposal: a tie in a yes/no contest. */
    private static boolean isEvenSplit(JurisdictionRow r) {
        return r.share().isPresent() && r.share().get().equals(Fraction.HALF);
    }
}
