package org.reftally.scheme;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.seats.FixedDivisor;
import org.reftally.scheme.seats.FixedDivisorAllocation;
import org.reftally.scheme.seats.FixedDivisorProblem;
import org.reftally.scheme.seats.FixedRounding;
import org.reftally.scheme.seats.Party;
import org.reftally.scheme.seats.PartySeats;
import org.reftally.scheme.seats.SeatAllocation;
import org.reftally.scheme.seats.SeatAllocator;
import org.reftally.scheme.seats.SeatTieException;
import org.reftally.scheme.seats.TiePolicy;

/**
 * Apportionment: seats shared among jurisdictions by population, the core of {@code reftally
 * apportion} and of {@link Proportional} with seats by population.
 *
 * <p>Two forms. A house of fixed size under a method (the US House: 435 seats, Huntington-Hill,
 * at least one per state, 2 U.S.C. 2a); or a fixed divisor, one seat per {@code D} people with a
 * minimum, where the house size follows from the result. Every jurisdiction must have a
 * population; a missing one is an error naming all of them, never a silent zero. Stateless and
 * thread-safe.
 */
public final class Apportionment {

    private Apportionment() {
    }

    /**
     * Shares {@code houseSize} seats among the set's jurisdictions by population.
     *
     * @throws SchemeException if a population is missing or the settings do not fit the set
     * @throws SeatTieException if a seat is tied and the tie policy is to refuse
     */
    public static ApportionmentResult apportion(JurisdictionSet set, int houseSize, SeatSettings settings) {
        return apportionLines(set.name(), populations(set), houseSize, settings);
    }

    /**
     * Shares {@code houseSize} seats among {@code populations} (each a name and its population),
     * e.g. states read from a table. Each name is also the jurisdiction's code.
     *
     * @throws SchemeException if the settings do not fit or two names are the same code
     * @throws SeatTieException if a seat is tied and the tie policy is to refuse
     */
    public static ApportionmentResult apportion(String name, List<Party> populations, int houseSize,
            SeatSettings settings) {
        return apportionLines(name, lines(populations), houseSize, settings);
    }

    /**
     * One seat per {@code divisor} people in each of the set's jurisdictions, rounded as stated,
     * at least {@code minSeats} each (e.g. one senator per 8,000,000 people, at least one).
     *
     * @throws SchemeException if a population is missing or the divisor is not positive
     */
    public static ApportionmentResult fixedDivisor(JurisdictionSet set, Fraction divisor, FixedRounding rounding,
            int minSeats) {
        return fixedDivisorLines(set.name(), populations(set), divisor, rounding, minSeats);
    }

    /** Like {@link #fixedDivisor(JurisdictionSet, Fraction, FixedRounding, int)} for a list of populations. */
    public static ApportionmentResult fixedDivisor(String name, List<Party> populations, Fraction divisor,
            FixedRounding rounding, int minSeats) {
        return fixedDivisorLines(name, lines(populations), divisor, rounding, minSeats);
    }

    private static ApportionmentResult apportionLines(String name, List<ApportionmentResult.Line> in,
            int houseSize, SeatSettings settings) {
        Objects.requireNonNull(settings, "settings");
        SeatAllocation a;
        try {
            a = SeatAllocator.allocate(settings.problem(parties(in), houseSize));
        } catch (IllegalArgumentException e) {
            throw new SchemeException("cannot apportion " + houseSize + " seats among " + name + ": "
                    + e.getMessage());
        }
        return new ApportionmentResult(name, Optional.of(settings.method()), Optional.empty(), Optional.empty(),
                settings.minSeats(), settings.maxSeats(), houseSize, withSeats(in, a.parties()), a.lastAwards(),
                a.runnersUp(), a.tieBreaks(), settings.tiePolicy(), settings.seed());
    }

    private static ApportionmentResult fixedDivisorLines(String name, List<ApportionmentResult.Line> in,
            Fraction divisor, FixedRounding rounding, int minSeats) {
        FixedDivisorAllocation a;
        try {
            a = FixedDivisor.allocate(new FixedDivisorProblem(parties(in), divisor, minSeats, rounding));
        } catch (IllegalArgumentException e) {
            throw new SchemeException("cannot apportion " + name + " by a fixed divisor: " + e.getMessage());
        }
        return new ApportionmentResult(name, Optional.empty(), Optional.of(divisor), Optional.of(rounding),
                minSeats, OptionalInt.empty(), a.houseSize(), withSeats(in, a.parties()), List.of(), List.of(),
                List.of(), TiePolicy.ERROR, 0);
    }

    /** The set's members as lines without seats, or every missing population named at once. */
    private static List<ApportionmentResult.Line> populations(JurisdictionSet set) {
        List<ApportionmentResult.Line> lines = new ArrayList<>();
        List<JurisdictionId> missing = new ArrayList<>();
        for (Jurisdiction j : set.members()) {
            if (j.population().isEmpty()) {
                missing.add(j.id());
            } else {
                lines.add(new ApportionmentResult.Line(j.id(), j.name(), j.population().getAsLong(), 0, Fraction.ZERO));
            }
        }
        if (!missing.isEmpty()) {
            throw new SchemeException("no population for " + SeatWording.and(missing) + " in " + set.name()
                    + "; give every jurisdiction a population to apportion seats by population");
        }
        if (lines.isEmpty()) {
            throw new SchemeException("the jurisdiction set " + set.name() + " is empty; there is nothing to apportion");
        }
        return lines;
    }

    private static List<ApportionmentResult.Line> lines(List<Party> populations) {
        List<ApportionmentResult.Line> lines = new ArrayList<>();
        Set<JurisdictionId> seen = new HashSet<>();
        for (Party p : populations) {
            JurisdictionId id = JurisdictionId.of(p.name());
            if (!seen.add(id)) {
                throw new SchemeException("the jurisdiction " + id + " is listed twice; codes are compared in any case");
            }
            lines.add(new ApportionmentResult.Line(id, p.name(), p.votes(), 0, Fraction.ZERO));
        }
        if (lines.isEmpty()) {
            throw new SchemeException("there are no jurisdictions to apportion seats among");
        }
        return lines;
    }

    /** The engine knows each jurisdiction by its code, so that awards and ties name the code. */
    private static List<Party> parties(List<ApportionmentResult.Line> lines) {
        return lines.stream().map(l -> new Party(l.id().code(), l.population())).toList();
    }

    private static List<ApportionmentResult.Line> withSeats(List<ApportionmentResult.Line> in, List<PartySeats> out) {
        List<ApportionmentResult.Line> lines = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            ApportionmentResult.Line l = in.get(i);
            lines.add(new ApportionmentResult.Line(l.id(), l.name(), l.population(), out.get(i).seats(),
                    out.get(i).quota()));
        }
        return lines;
    }
}
