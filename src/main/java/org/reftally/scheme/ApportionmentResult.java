package org.reftally.scheme;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.FixedRounding;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.TieBreak;
import org.reftally.scheme.seats.TiePolicy;

/**
 * Seats shared among jurisdictions by population: either a house of fixed size under a method
 * ({@code method} present), or one seat per {@code divisor} people rounded as stated, so that the
 * house size is an outcome ({@code divisor} and {@code rounding} present).
 *
 * <p>Invariants: exactly one of {@code method} and {@code divisor} is present, {@code rounding}
 * with the divisor; jurisdictions in input order, their seats summing to the house size; each
 * quota exact: {@code population * houseSize / total population} for a house of fixed size,
 * {@code population / divisor} for a fixed divisor. Last awards and runners-up are reported by
 * divisor methods only (empty otherwise), tie breaks by any method with a tie. Immutable and
 * thread-safe.
 *
 * @param name          what was apportioned, e.g. the jurisdiction set's name
 * @param method        the rule of a house of fixed size
 * @param divisor       people per seat, for a fixed divisor
 * @param rounding      how {@code population / divisor} becomes whole seats, for a fixed divisor
 * @param minSeats      the least any jurisdiction gets
 * @param maxSeats      the most any jurisdiction gets, if capped
 * @param houseSize     the seats filled
 * @param jurisdictions each jurisdiction's population, seats and exact quota, in input order
 * @param lastAwards    the last seats awarded by priority (minimum seats are not listed)
 * @param runnersUp     the seats that would be awarded next in a larger house
 * @param tieBreaks     every seat decided between equal priorities, in seat order
 * @param tiePolicy     how ties were to be decided ({@link TiePolicy#ERROR} for a fixed divisor,
 *                      where every jurisdiction is rounded on its own and no tie can arise)
 * @param seed          the seed of {@link TiePolicy#LOT}, so that a drawn seat can be replayed
 */
public record ApportionmentResult(
        String name,
        Optional<SeatMethod> method,
        Optional<Fraction> divisor,
        Optional<FixedRounding> rounding,
        int minSeats,
        OptionalInt maxSeats,
        int houseSize,
        List<Line> jurisdictions,
        List<Award> lastAwards,
        List<Award> runnersUp,
        List<TieBreak> tieBreaks,
        TiePolicy tiePolicy,
        long seed) {

    public ApportionmentResult {
        Objects.requireNonNull(tiePolicy, "tiePolicy");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(maxSeats, "maxSeats");
        jurisdictions = List.copyOf(jurisdictions);
        lastAwards = List.copyOf(lastAwards);
        runnersUp = List.copyOf(runnersUp);
        tieBreaks = List.copyOf(tieBreaks);
        if (method.isPresent() == divisor.isPresent() || divisor.isPresent() != rounding.isPresent()) {
            throw new IllegalArgumentException("an apportionment has either a method or a divisor with its rounding");
        }
        long total = jurisdictions.stream().mapToLong(Line::seats).sum();
        if (total != houseSize) {
            throw new IllegalArgumentException("seats add up to " + total + ", not the house size " + houseSize);
        }
    }

    /** The command-line name of the rule: the method's ({@code huntington-hill}) or {@code fixed-divisor}. */
    public String methodName() {
        return method.map(SeatMethod::cliName).orElse("fixed-divisor");
    }

    /** The sum of the populations. */
    public long totalPopulation() {
        long sum = 0;
        for (Line l : jurisdictions) {
            sum = Math.addExact(sum, l.population());
        }
        return sum;
    }

    /** The line of the jurisdiction with code {@code code} (any case). */
    public Line line(String code) {
        JurisdictionId id = JurisdictionId.of(code);
        return jurisdictions.stream().filter(l -> l.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no jurisdiction " + id + " in " + name));
    }

    /** The seats of the jurisdiction with code {@code code} (any case). */
    public int seatsOf(String code) {
        return line(code).seats();
    }

    /**
     * One jurisdiction's line.
     *
     * @param id         its code
     * @param name       its name as declared
     * @param population the apportionment population
     * @param seats      the seats it gets
     * @param quota      its exact entitlement (see the record's invariants)
     */
    public record Line(JurisdictionId id, String name, long population, int seats, Fraction quota) {
        public Line {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(quota, "quota");
        }
    }
}
