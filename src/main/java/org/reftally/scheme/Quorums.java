package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reftally.model.Counts;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Quorum;
import org.reftally.model.QuorumKind;

/**
 * Applies quorums to a count, shared by the majority and double-majority rules.
 *
 * <p>A quorum is a share of the electorate, so it needs the electorate of every jurisdiction:
 * without it the rule cannot be applied and {@link SchemeException} names the jurisdictions that
 * lack it. A turnout quorum where some blank or invalid ballots were not reported uses the ballots
 * reported as a lower bound of the ballots cast: if the lower bound meets the quorum, the full
 * count does too; otherwise the quorum cannot be decided and the rule fails rather than guess.
 * Stateless and thread-safe.
 */
final class Quorums {

    private Quorums() {
    }

    /**
     * @param approvalVotes the votes an approval quorum measures: for the proposal, or for the
     *                      leading option when there is no proposal
     */
    static List<QuorumCheck> check(List<Quorum> quorums, Map<Jurisdiction, Counts> byJurisdiction,
            Counts totals, long approvalVotes) {
        List<QuorumCheck> checks = new ArrayList<>();
        for (Quorum q : quorums) {
            long electorate = electorate(q, byJurisdiction, totals);
            checks.add(switch (q.kind()) {
                case TURNOUT -> turnout(q, byJurisdiction, totals, electorate);
                case VALID -> new QuorumCheck(q, totals.valid(), electorate,
                        q.threshold().isMet(totals.valid(), electorate));
                case APPROVAL -> new QuorumCheck(q, approvalVotes, electorate,
                        q.threshold().isMet(approvalVotes, electorate));
            });
        }
        return List.copyOf(checks);
    }

    /** The reason a quorum gives, with its figures. */
    static String sentence(QuorumCheck c) {
        QuorumKind kind = c.quorum().kind();
        String figures = (c.lowerBound() ? "at least " : "") + Text.count(c.part()) + " " + kind.measures()
                + " of " + Text.count(c.electorate()) + " registered voters ("
                + Text.percent(c.part(), c.electorate(), c.quorum().threshold().bound()) + ")";
        String verdict = c.met()
                ? "meets the " + kind.keyword() + " quorum of " + Text.threshold(c.quorum().threshold())
                : "does not meet the " + kind.keyword() + " quorum of " + Text.threshold(c.quorum().threshold())
                        + ", so the vote is invalid whatever it says";
        String note = c.lowerBound() ? " (blank or invalid ballots were not reported everywhere; the ballots"
                + " reported already meet the quorum)" : "";
        return capitalise(figures) + " " + verdict + note + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static long electorate(Quorum q, Map<Jurisdiction, Counts> byJurisdiction, Counts totals) {
        if (!totals.electorate().complete()) {
            List<JurisdictionId> missing = byJurisdiction.entrySet().stream()
                    .filter(e -> !e.getValue().electorate().complete()).map(e -> e.getKey().id()).toList();
            throw new SchemeException("the " + q.kind().keyword() + " quorum needs the electorate, which the input"
                    + " and the jurisdiction set do not give for: " + String.join(", ",
                            missing.stream().map(JurisdictionId::code).toList()));
        }
        long electorate = totals.electorate().value();
        if (electorate == 0) {
            throw new SchemeException("the " + q.kind().keyword() + " quorum needs the electorate, which is zero"
                    + " in the input and the jurisdiction set");
        }
        return electorate;
    }

    private static QuorumCheck turnout(Quorum q, Map<Jurisdiction, Counts> byJurisdiction, Counts totals,
            long electorate) {
        long cast = totals.cast().value();
        boolean met = q.threshold().isMet(cast, electorate);
        if (totals.cast().complete()) {
            return new QuorumCheck(q, cast, electorate, met);
        }
        if (met) {
            // The reported ballots are a lower bound of those cast: more ballots only raise turnout.
            return new QuorumCheck(q, cast, electorate, true, true);
        }
        List<String> missing = byJurisdiction.entrySet().stream().filter(e -> !e.getValue().cast().complete())
                .map(e -> e.getKey().id().code()).toList();
        throw new SchemeException("the turnout quorum cannot be decided: blank or invalid ballots are not reported"
                + " for " + String.join(", ", missing) + ", and the " + Text.count(cast) + " ballots reported ("
                + Text.percent(cast, electorate, q.threshold().bound()) + " of " + Text.count(electorate)
                + " registered voters) do not reach " + Text.threshold(q.threshold())
                + "; give the blank and invalid ballots of every jurisdiction");
    }
}
