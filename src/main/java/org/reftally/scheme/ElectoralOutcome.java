package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;

/**
 * The electoral-college decision: each jurisdiction's electors go to its plurality leader, and
 * the option whose electors meet the threshold of all electors wins (US: an absolute majority,
 * 270 of 538, U.S. Const. amend. XII). Reported beside the national popular vote.
 *
 * <p>{@link Decision#ACCEPTED} names the winner; {@link Decision#TIE} means the most electors are
 * held by two or more options; {@link Decision#REJECTED} means no option reached the threshold
 * (in the US the House of Representatives would then choose). Invariants: {@code options} in the
 * contest's order, {@code jurisdictions} in the set's order; electors awarded plus electors not
 * awarded equal {@code totalElectors}. Immutable and thread-safe.
 *
 * @param threshold      the share of all electors needed to win
 * @param totalElectors  the electors of every jurisdiction, awarded or not
 * @param needed         the fewest electors that meet the threshold; empty if none can
 * @param options        each option's electors, jurisdictions won and popular votes
 * @param jurisdictions  each jurisdiction's leader and where its electors went
 * @param popularLeaders the options with the most valid votes nationally (several when tied)
 * @param popularMargin  the popular leader's lead over the next option (0 when tied)
 * @param valid          valid votes nationally
 */
public record ElectoralOutcome(
        String contest,
        Decision decision,
        Optional<OptionId> winner,
        Threshold threshold,
        long totalElectors,
        OptionalLong needed,
        List<OptionElectors> options,
        List<JurisdictionElectors> jurisdictions,
        List<OptionId> popularLeaders,
        long popularMargin,
        long valid,
        List<String> reasons,
        String decidingFigure) implements Outcome {

    public ElectoralOutcome {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(needed, "needed");
        Objects.requireNonNull(decidingFigure, "decidingFigure");
        options = List.copyOf(options);
        jurisdictions = List.copyOf(jurisdictions);
        popularLeaders = List.copyOf(popularLeaders);
        reasons = List.copyOf(reasons);
    }

    @Override
    public String scheme() {
        return "electoral";
    }

    /** The electors of {@code option}, matched as the contest matches options (any case). */
    public long electorsOf(String option) {
        String key = OptionId.key(option);
        return options.stream().filter(o -> o.option().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("contest " + contest + " has no option " + option))
                .electors();
    }

    /** Electors not awarded to anyone: those of tied jurisdictions and of jurisdictions without a valid vote. */
    public long notAwarded() {
        return jurisdictions.stream().filter(j -> j.awardedTo().isEmpty())
                .mapToLong(j -> j.electors().orElse(0)).sum();
    }

    /**
     * One option's result.
     *
     * @param electors         the electors it won
     * @param jurisdictionsWon the jurisdictions whose electors it won (those with electors)
     * @param popularVotes     its valid votes nationally
     */
    public record OptionElectors(OptionId option, long electors, int jurisdictionsWon, long popularVotes) {
        public OptionElectors {
            Objects.requireNonNull(option, "option");
        }
    }

    /**
     * One jurisdiction's result.
     *
     * @param electors    its electors; empty when the set declares none (it then counts 0)
     * @param leaders     the options with the most valid votes there (several when tied, none without votes)
     * @param leaderVotes the leaders' votes
     * @param valid       valid votes there
     * @param awardedTo   who got its electors: the sole leader; empty when tied or without a valid vote
     */
    public record JurisdictionElectors(JurisdictionId jurisdiction, OptionalLong electors, List<OptionId> leaders,
            long leaderVotes, long valid, Optional<OptionId> awardedTo) {
        public JurisdictionElectors {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(electors, "electors");
            Objects.requireNonNull(awardedTo, "awardedTo");
            leaders = List.copyOf(leaders);
        }
    }
}
