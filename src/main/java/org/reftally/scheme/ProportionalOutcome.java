package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.TieBreak;

/**
 * The proportional decision: seats shared among the options of a contest in proportion to their
 * valid votes, nationally or within each jurisdiction and summed. The winner is the option with
 * the most seats; equal top seat counts are a {@link Decision#TIE}; no seat awarded at all is
 * {@link Decision#REJECTED}.
 *
 * <p>Invariants: {@code options} in the contest's order, their seats summing to
 * {@link #awarded()}, which is at most {@code seats}; {@code jurisdictions} empty for a national
 * count. Immutable and thread-safe.
 *
 * @param method        the allocation rule
 * @param source        where the seats came from
 * @param seats         the seats at stake (some may not be awarded: see the reasons)
 * @param options       each option's national votes, seats and exact quota
 * @param quota         a national largest-remainder count only: the Hare or Droop quota
 * @param jurisdictions a count per jurisdiction only: each jurisdiction's seats per option, in the
 *                      set's order
 * @param apportionment seats by population only: how the jurisdictions' seats were apportioned
 * @param tieBreaks     every seat decided between equal claims, with where it happened
 * @param lastAwards    a national divisor count only: the last seats awarded by priority
 * @param runnersUp     a national divisor count only: the seats that would come next
 */
public record ProportionalOutcome(
        String contest,
        Decision decision,
        Optional<OptionId> winner,
        SeatMethod method,
        SeatSource source,
        int seats,
        List<OptionSeats> options,
        Optional<Fraction> quota,
        List<JurisdictionSeats> jurisdictions,
        Optional<ApportionmentResult> apportionment,
        List<PlacedTieBreak> tieBreaks,
        List<Award> lastAwards,
        List<Award> runnersUp,
        List<String> reasons,
        String decidingFigure) implements Outcome {

    public ProportionalOutcome {
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(apportionment, "apportionment");
        Objects.requireNonNull(decidingFigure, "decidingFigure");
        options = List.copyOf(options);
        jurisdictions = List.copyOf(jurisdictions);
        tieBreaks = List.copyOf(tieBreaks);
        lastAwards = List.copyOf(lastAwards);
        runnersUp = List.copyOf(runnersUp);
        reasons = List.copyOf(reasons);
        if (options.stream().mapToLong(OptionSeats::seats).sum() > seats) {
            throw new IllegalArgumentException("more seats awarded than at stake in contest " + contest);
        }
    }

    @Override
    public String scheme() {
        return "proportional";
    }

    /** The seats actually awarded: {@code seats} less any not awarded (no valid votes). */
    public int awarded() {
        return options.stream().mapToInt(OptionSeats::seats).sum();
    }

    /** The seats of {@code option}, matched as the contest matches options (any case). */
    public int seatsOf(String option) {
        String key = OptionId.key(option);
        return options.stream().filter(o -> o.option().key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("contest " + contest + " has no option " + option))
                .seats();
    }

    /**
     * One option's seats.
     *
     * @param votes    its valid votes (nationally, or in one jurisdiction)
     * @param eligible whether it passed the threshold (in a count per jurisdiction: in at least one)
     * @param seats    the seats it won
     * @param quota    its exact entitlement {@code votes * S / V} over the eligible options; summed
     *                 over the jurisdictions in a count per jurisdiction
     */
    public record OptionSeats(OptionId option, long votes, boolean eligible, int seats, Fraction quota) {
        public OptionSeats {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(quota, "quota");
        }
    }

    /**
     * One jurisdiction's seats.
     *
     * @param seats      the seats at stake there
     * @param awarded    false when they were not awarded (no seats, or no valid votes)
     * @param options    each option's votes, seats and quota there, in the contest's order
     * @param quota      a largest-remainder method only: the jurisdiction's Hare or Droop quota
     * @param lastAwards a divisor method only: the last seats awarded there by priority
     * @param runnersUp  a divisor method only: the seats that would come next there
     */
    public record JurisdictionSeats(JurisdictionId jurisdiction, int seats, boolean awarded,
            List<OptionSeats> options, Optional<Fraction> quota, List<Award> lastAwards, List<Award> runnersUp) {
        public JurisdictionSeats {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(quota, "quota");
            options = List.copyOf(options);
            lastAwards = List.copyOf(lastAwards);
            runnersUp = List.copyOf(runnersUp);
        }
    }

    /** A tie break and where it happened: a jurisdiction, or nowhere in particular for a national count. */
    public record PlacedTieBreak(Optional<JurisdictionId> jurisdiction, TieBreak tieBreak) {
        public PlacedTieBreak {
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(tieBreak, "tieBreak");
        }
    }
}
