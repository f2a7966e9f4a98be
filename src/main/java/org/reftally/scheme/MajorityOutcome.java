package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;

/**
 * The majority decision: the proposal (or, without one, the leading option) carries when its
 * share of valid votes meets the threshold and every quorum is met. A failed quorum makes the
 * decision {@link Decision#INVALID} whatever the votes say.
 *
 * @param proposal  the option put to the vote, when the contest has one (YES by default)
 * @param measured  the option whose share was measured: the proposal, or the leading option
 * @param votes     the measured option's valid votes
 * @param valid     valid votes nationally
 * @param quorums   every quorum applied, met or not
 */
public record MajorityOutcome(
        String contest,
        Decision decision,
        Optional<OptionId> winner,
        Threshold threshold,
        Optional<OptionId> proposal,
        Optional<OptionId> measured,
        long votes,
        long valid,
        boolean thresholdMet,
        List<QuorumCheck> quorums,
        List<String> reasons,
        String decidingFigure) implements Outcome {

    public MajorityOutcome {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(measured, "measured");
        quorums = List.copyOf(quorums);
        reasons = List.copyOf(reasons);
    }

    @Override
    public String scheme() {
        return "majority";
    }
}
