package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;

/**
 * The plurality decision: the option with the most valid votes, nationally and in each
 * jurisdiction. Equal top counts are a {@link Decision#TIE} naming every tied option.
 *
 * @param leaders       the options with the most votes (one, or several when tied; empty with no valid vote)
 * @param leaderVotes   the votes of each leader
 * @param valid         valid votes nationally
 * @param jurisdictions the leaders in each jurisdiction, in the set's order
 */
public record PluralityOutcome(
        String contest,
        Decision decision,
        Optional<OptionId> winner,
        List<OptionId> leaders,
        long leaderVotes,
        long valid,
        List<JurisdictionLeaders> jurisdictions,
        List<String> reasons,
        String decidingFigure) implements Outcome {

    public PluralityOutcome {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        leaders = List.copyOf(leaders);
        jurisdictions = List.copyOf(jurisdictions);
        reasons = List.copyOf(reasons);
    }

    @Override
    public String scheme() {
        return "plurality";
    }

    /** The leading option(s) in one jurisdiction; several when tied, none with no valid vote. */
    public record JurisdictionLeaders(JurisdictionId jurisdiction, List<OptionId> leaders, long leaderVotes,
            long valid) {
        public JurisdictionLeaders {
            leaders = List.copyOf(leaders);
        }
    }
}
