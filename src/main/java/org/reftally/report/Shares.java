package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;
import org.reftally.model.OptionId;
import org.reftally.model.Percent;
import org.reftally.model.QuorumKind;
import org.reftally.scheme.CounterProposalOutcome;
import org.reftally.scheme.DoubleMajorityOutcome;
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.QuorumCheck;

/**
 * Percentages for every renderer, with the bounds they must not appear to cross.
 *
 * <p>{@link Percent} shows more digits when rounding would put a share on the other side of the
 * bound it was tested against. A report shows one figure for several tests (a share of valid
 * votes is read against a simple majority and against the scheme's own threshold), so the figure
 * gets as many digits as the most demanding bound needs. One half is always a bound for a share
 * of valid votes: 249,999 of 500,000 must never read "50.00%", whatever the scheme. Stateless
 * and thread-safe.
 */
final class Shares {

    private Shares() {
    }

    /**
     * {@code part/whole} as a percentage with at least {@code decimals} places, and more when any
     * bound needs them; {@code n/a} for an empty whole.
     */
    static String percent(long part, long whole, int decimals, List<Fraction> bounds) {
        if (whole <= 0) {
            return Percent.of(part, whole, decimals);
        }
        Fraction share = Fraction.of(part, whole);
        // Percent stops adding digits at its own maximum, where every bound agrees: this ends.
        for (int places = decimals;; places++) {
            int p = places;
            String plain = Percent.format(share, p, null);
            if (bounds.stream().allMatch(bound -> Percent.format(share, p, bound).equals(plain))) {
                return plain;
            }
        }
    }

    /** The same figure without its percent sign, for machine-readable columns. */
    static String number(long part, long whole, int decimals, List<Fraction> bounds) {
        String shown = percent(part, whole, decimals, bounds);
        return shown.endsWith("%") ? shown.substring(0, shown.length() - 1) : "";
    }

    /**
     * The bounds a share of valid votes for {@code option} is read against in these outcomes:
     * one half always; a majority's threshold when it measured the option; a double majority's
     * national threshold (the people) and state threshold (each state's own share, Swiss Federal
     * Constitution art. 142(3)) when the option is its proposal. One list serves the national and
     * the per-jurisdiction shares: a bound that only one of them is tested against costs at most
     * a digit on the other, and never a contradiction.
     */
    static List<Fraction> validBounds(List<Outcome> outcomes, OptionId option) {
        List<Fraction> bounds = new ArrayList<>(List.of(Fraction.HALF));
        for (Outcome outcome : flatten(outcomes)) {
            if (outcome instanceof MajorityOutcome m && m.measured().filter(option::equals).isPresent()) {
                bounds.add(m.threshold().bound());
            }
            if (outcome instanceof DoubleMajorityOutcome d && d.proposal().equals(option)) {
                bounds.add(d.nationalThreshold().bound());
                bounds.add(d.stateThreshold().bound());
            }
        }
        return bounds;
    }

    /** The bounds turnout (cast / electorate) is read against: every turnout quorum applied. */
    static List<Fraction> turnoutBounds(List<Outcome> outcomes) {
        List<Fraction> bounds = new ArrayList<>();
        for (Outcome outcome : flatten(outcomes)) {
            List<QuorumCheck> checks = outcome instanceof MajorityOutcome m ? m.quorums()
                    : outcome instanceof DoubleMajorityOutcome d ? d.quorums() : List.of();
            for (QuorumCheck check : checks) {
                if (check.quorum().kind() == QuorumKind.TURNOUT) {
                    bounds.add(check.quorum().threshold().bound());
                }
            }
        }
        return bounds;
    }

    /**
     * The outcomes with those nested in a counter-proposal vote (Swiss Federal Constitution art.
     * 139b): its initiative and counter-proposal are each decided by a double majority whose
     * thresholds their shares are read against.
     */
    private static List<Outcome> flatten(List<Outcome> outcomes) {
        List<Outcome> all = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            all.add(outcome);
            if (outcome instanceof CounterProposalOutcome c) {
                all.add(c.initiative());
                all.add(c.counter());
            }
        }
        return all;
    }
}
