package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.reftally.model.JurisdictionId;

/**
 * Where the seats of a {@link Proportional} count come from: one house shared nationally, or
 * seats per jurisdiction, each shared within its jurisdiction and the results summed nationally.
 * Immutable and thread-safe; closed to the four alternatives below.
 */
public sealed interface SeatSource {

    /** How the seats are set, in words for a reason, e.g. {@code "one house shared nationally"}. */
    String describe();

    /** {@code seats} seats shared among the options by their national valid votes. */
    record House(int seats) implements SeatSource {
        public House {
            if (seats < 0) {
                throw new IllegalArgumentException("the number of seats must be 0 or more, not " + seats);
            }
        }

        @Override
        public String describe() {
            return "one house shared nationally";
        }
    }

    /**
     * Each jurisdiction's seats are the electors its set declares (US Electoral College: electors
     * shared in proportion to the state's vote instead of winner-take-all). A jurisdiction without
     * electors gets no seat and is named in a reason.
     */
    record Electors() implements SeatSource {
        @Override
        public String describe() {
            return "the electors of each jurisdiction, shared within it";
        }
    }

    /**
     * Each jurisdiction's seats are first apportioned among the set's jurisdictions by population:
     * {@code houseSize} seats under {@code apportionment} (by default Huntington-Hill with at
     * least one each, as for the US House, 2 U.S.C. 2a). Every jurisdiction of the set must have
     * a population.
     */
    record Population(int houseSize, SeatSettings apportionment) implements SeatSource {
        public Population {
            Objects.requireNonNull(apportionment, "apportionment");
            if (houseSize < 0) {
                throw new IllegalArgumentException("the number of seats must be 0 or more, not " + houseSize);
            }
        }

        /** {@code houseSize} seats apportioned as the US House is: Huntington-Hill, at least one each. */
        public Population(int houseSize) {
            this(houseSize, SeatSettings.usHouse());
        }

        @Override
        public String describe() {
            return houseSize + " seats apportioned among the jurisdictions by population ("
                    + apportionment.describe() + "), then shared within each";
        }
    }

    /**
     * Seats per jurisdiction as given by the caller (e.g. read from a file by the command line);
     * a jurisdiction not listed gets no seat and is named in a reason.
     */
    record Given(Map<JurisdictionId, Integer> seats) implements SeatSource {
        public Given {
            seats = Map.copyOf(seats);
            List<String> negative = new ArrayList<>();
            new TreeMap<>(seats).forEach((id, n) -> {
                if (n < 0) {
                    negative.add(id + " (" + n + ")");
                }
            });
            if (!negative.isEmpty()) {
                throw new IllegalArgumentException("seats must be 0 or more: " + SeatWording.and(negative));
            }
        }

        @Override
        public String describe() {
            return "the seats given for each jurisdiction, shared within it";
        }
    }
}
