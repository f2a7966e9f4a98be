package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;

/**
 * Majority: the proposal carries when its share of valid votes meets the threshold (more than
 * half by default) and every quorum is met.
 *
 * <p>The proposal is the option named by {@code proposal}, else the contest's {@code YES} option
 * (any case), else there is none: then the leading option is measured (Remain/Leave) and carries
 * if it meets the threshold; two or more options equal on top are a {@link Decision#TIE}, whatever
 * the threshold. A rejected proposal has no winner: rejection keeps the status quo, and with three
 * or more options the runner-up has not won anything under this rule. A failed quorum makes the
 * decision {@link Decision#INVALID} whatever the votes say (Italian Constitution art. 75; Hungarian
 * Fundamental Law art. 8(4)). Blank and invalid ballots never count as valid votes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param proposal  the option put to the vote, when named explicitly
 * @param threshold the share of valid votes to meet
 * @param quorums   quorums, each a share of the electorate
 */
public record Majority(Optional<String> proposal, Threshold threshold, List<Quorum> quorums) implements Scheme {

    public Majority {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(threshold, "threshold");
        quorums = List.copyOf(quorums);
    }

    /** More than half of the valid votes for YES (or the leading option), no quorum. */
    public static Majority simple() {
        return new Majority(Optional.empty(), Threshold.SIMPLE_MAJORITY, List.of());
    }

    @Override
    public String name() {
        return "majority";
    }

    @Override
    public MajorityOutcome evaluate(ContestTally tally, JurisdictionSet set) {
        Contest contest = tally.contest();
        Map<Jurisdiction, Counts> byJurisdiction = tally.byJurisdiction(set);
        Counts totals = tally.totals(set);
        long[] votes = totals.votes();
        long valid = totals.valid();
        OptionalInt proposalIndex = Options.proposal(contest, proposal);
        List<Integer> leaders = Options.leaders(votes);

        Optional<OptionId> proposed = proposalIndex.isPresent()
                ? Optional.of(contest.option(proposalIndex.getAsInt())) : Optional.empty();
        int measuredIndex = proposalIndex.isPresent() ? proposalIndex.getAsInt()
                : leaders.isEmpty() ? -1 : leaders.get(0);
        Optional<OptionId> measured = measuredIndex < 0 ? Optional.empty()
                : Optional.of(contest.option(measuredIndex));
        long measuredVotes = measuredIndex < 0 ? 0 : votes[measuredIndex];
        boolean tied = proposalIndex.isEmpty() && leaders.size() > 1;
        boolean met = threshold.isMet(measuredVotes, valid);

        List<QuorumCheck> checks = Quorums.check(quorums, byJurisdiction, totals, measuredVotes);
        List<String> reasons = new ArrayList<>();
        checks.forEach(c -> reasons.add(Quorums.sentence(c)));
        reasons.add(shareSentence(contest, proposed, measured, leaders, measuredVotes, valid, met, tied));

        Optional<QuorumCheck> failed = checks.stream().filter(c -> !c.met()).findFirst();
        Decision decision;
        if (failed.isPresent()) {
            decision = Decision.INVALID;
        } else if (tied) {
            decision = Decision.TIE;
        } else {
            decision = met ? Decision.ACCEPTED : Decision.REJECTED;
        }
        Optional<OptionId> winner = decision == Decision.ACCEPTED ? measured : Optional.empty();
        String figure = failed.map(c -> c.quorum().kind().keyword() + " "
                + Text.percent(c.part(), c.electorate(), c.quorum().threshold().bound()))
                .orElseGet(() -> valid == 0 ? "no valid votes"
                        : Text.percent(measuredVotes, valid, threshold.bound()) + " "
                                + measured.map(OptionId::name).orElse(""));
        return new MajorityOutcome(contest.name(), decision, winner, threshold, proposed, measured, measuredVotes,
                valid, met, checks, reasons, figure.strip());
    }

    private String shareSentence(Contest contest, Optional<OptionId> proposed, Optional<OptionId> measured,
            List<Integer> leaders, long votes, long valid, boolean met, boolean tied) {
        String needs = Text.threshold(threshold) + " of the valid votes";
        if (valid == 0) {
            return "No valid votes were cast, so " + (proposed.isPresent() ? proposed.get() + " cannot reach "
                    : "no option can reach ") + needs + ".";
        }
        String share = Text.count(votes) + " of " + Text.count(valid) + " valid votes ("
                + Text.percent(votes, valid, threshold.bound()) + ")";
        if (tied) {
            List<OptionId> names = leaders.stream().map(contest::option).toList();
            return Text.and(names) + " are tied on top with " + share + " each, "
                    + (met ? "each meeting " : "none reaching ") + needs + "; the tie is not broken.";
        }
        OptionId option = measured.orElseThrow();
        if (proposed.isPresent()) {
            return "The proposal " + option + " has " + share + (met ? ", which meets " : ", which does not meet ")
                    + needs + (met ? "." : "; the proposal is rejected.");
        }
        return met ? "The leading option " + option + " has " + share + ", which meets " + needs + "."
                : "No option reached " + needs + ": the leading option " + option + " has " + share + ".";
    }
}
