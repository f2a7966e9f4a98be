package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.reftally.model.Fraction;
import org.reftally.scheme.seats.Party;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.SeatProblem;
import org.reftally.scheme.seats.SeatThreshold;
import org.reftally.scheme.seats.TiePolicy;

/**
 * How seats are shared once the house size is known: the rule, a minimum and a cap per party,
 * the threshold, the tie policy with its seed, modified Sainte-Laguë's first divisor, and how
 * many last awards and runners-up to report. The same settings serve {@link Proportional} (seats
 * among the options of a contest) and {@link Apportionment} (seats among jurisdictions by
 * population).
 *
 * <p>Invariants, checked together so that one exception lists every problem: minimum and trace
 * length 0 or more; the cap, if any, not below the minimum; a first divisor only for modified
 * Sainte-Laguë, and positive. Whether the settings fit a given election (room for every minimum,
 * someone past the threshold) is checked when the problem is built. Immutable and thread-safe.
 *
 * @param method      the allocation rule
 * @param minSeats    seats each eligible party gets first
 * @param maxSeats    an optional cap on each party's seats
 * @param threshold   who is eligible; see {@link SeatThreshold#parse}
 * @param tiePolicy   how an exact tie for the last seat is decided; {@link TiePolicy#ERROR} refuses
 * @param seed        the seed of {@link TiePolicy#LOT}, so that a drawn seat can be replayed
 * @param firstDivisor modified Sainte-Laguë only: the first divisor (empty means 1.4)
 * @param traceLength how many last awards and runners-up divisor methods report
 */
public record SeatSettings(
        SeatMethod method,
        int minSeats,
        OptionalInt maxSeats,
        SeatThreshold threshold,
        TiePolicy tiePolicy,
        long seed,
        Optional<Fraction> firstDivisor,
        int traceLength) {

    public SeatSettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(maxSeats, "maxSeats");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(tiePolicy, "tiePolicy");
        Objects.requireNonNull(firstDivisor, "firstDivisor");
        List<String> problems = new ArrayList<>();
        if (minSeats < 0) {
            problems.add("The minimum seats must be 0 or more, not " + minSeats + ".");
        }
        if (maxSeats.isPresent() && maxSeats.getAsInt() < Math.max(minSeats, 0)) {
            problems.add("The maximum seats (" + maxSeats.getAsInt() + ") must be at least the minimum ("
                    + minSeats + ").");
        }
        if (firstDivisor.isPresent() && method != SeatMethod.MODIFIED_SAINTE_LAGUE) {
            problems.add("A first divisor applies only to modified-sainte-lague, not " + method + ".");
        }
        if (firstDivisor.isPresent() && firstDivisor.get().signum() <= 0) {
            problems.add("The first divisor must be positive, not " + firstDivisor.get() + ".");
        }
        if (traceLength < 0) {
            problems.add("The number of last awards to report must be 0 or more, not " + traceLength + ".");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
    }

    /** The method with no minimum, no cap, no threshold, ties refused, 5 awards traced. */
    public static SeatSettings of(SeatMethod method) {
        return new SeatSettings(method, 0, OptionalInt.empty(), SeatThreshold.none(), TiePolicy.ERROR, 0,
                Optional.empty(), SeatProblem.DEFAULT_TRACE_LENGTH);
    }

    /**
     * The US House rule (2 U.S.C. 2a): Huntington-Hill with at least one seat per state (U.S.
     * Const. art. I s. 2: "each State shall have at Least one Representative").
     */
    public static SeatSettings usHouse() {
        return of(SeatMethod.HUNTINGTON_HILL).withMinSeats(1);
    }

    public SeatSettings withMinSeats(int min) {
        return new SeatSettings(method, min, maxSeats, threshold, tiePolicy, seed, firstDivisor, traceLength);
    }

    public SeatSettings withMaxSeats(int max) {
        return new SeatSettings(method, minSeats, OptionalInt.of(max), threshold, tiePolicy, seed, firstDivisor,
                traceLength);
    }

    public SeatSettings withThreshold(SeatThreshold t) {
        return new SeatSettings(method, minSeats, maxSeats, t, tiePolicy, seed, firstDivisor, traceLength);
    }

    /** Ties decided by {@code policy}; {@code seed} drives {@link TiePolicy#LOT}. */
    public SeatSettings withTies(TiePolicy policy, long lotSeed) {
        return new SeatSettings(method, minSeats, maxSeats, threshold, policy, lotSeed, firstDivisor, traceLength);
    }

    public SeatSettings withFirstDivisor(Fraction divisor) {
        return new SeatSettings(method, minSeats, maxSeats, threshold, tiePolicy, seed, Optional.of(divisor),
                traceLength);
    }

    public SeatSettings withTraceLength(int k) {
        return new SeatSettings(method, minSeats, maxSeats, threshold, tiePolicy, seed, firstDivisor, k);
    }

    /**
     * The engine's problem for these parties and house size.
     *
     * @throws IllegalArgumentException when the settings do not fit (the engine lists every reason)
     */
    SeatProblem problem(List<Party> parties, int houseSize) {
        SeatProblem.Builder b = SeatProblem.builder(method, houseSize).parties(parties).minSeats(minSeats)
                .threshold(threshold).tiePolicy(tiePolicy).seed(seed).traceLength(traceLength);
        maxSeats.ifPresent(b::maxSeats);
        firstDivisor.ifPresent(b::firstDivisor);
        return b.build();
    }

    /** E.g. {@code hare}, {@code huntington-hill, at least 1 each}, for reasons. */
    String describe() {
        StringBuilder s = new StringBuilder(method.cliName());
        if (minSeats > 0) {
            s.append(", at least ").append(minSeats).append(" each");
        }
        maxSeats.ifPresent(max -> s.append(", at most ").append(max).append(" each"));
        firstDivisor.ifPresent(d -> s.append(", first divisor ").append(d.toDecimalString()));
        return s.toString();
    }
}
