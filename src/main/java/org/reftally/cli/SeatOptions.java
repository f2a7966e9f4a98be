package org.reftally.cli;

import java.util.Optional;
import org.reftally.ingest.SeatsFile;
import org.reftally.model.Fraction;
import org.reftally.model.Threshold;
import org.reftally.scheme.SeatRule;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.SeatSource;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.SeatThreshold;
import org.reftally.scheme.seats.TiePolicy;
import picocli.CommandLine.Option;

/** Options of the seat schemes: proportional (seats among options) and electoral. */
final class SeatOptions {

    @Option(names = "--seats", paramLabel = "N",
            description = "Seats of one national house shared among the options (proportional), or with"
                    + " --seats-from population the house apportioned among the jurisdictions first.")
    Integer seats;

    @Option(names = "--seats-from", paramLabel = "SOURCE",
            description = "Seats per jurisdiction, shared within each (proportional): electors (the set's"
                    + " electors column), population (--seats N apportioned by Huntington-Hill, at least 1),"
                    + " or a CSV FILE jurisdiction,seats.")
    String seatsFrom;

    @Option(names = "--method", paramLabel = "METHOD",
            description = "Seat allocation: dhondt (jefferson), sainte-lague (webster), modified-sainte-lague,"
                    + " huntington-hill, adams, dean, hare (hamilton), droop. Default: dhondt.")
    String method;

    @Option(names = "--min-seats", paramLabel = "N", description = "Seats every eligible option gets at least.")
    Integer minSeats;

    @Option(names = "--max-seats", paramLabel = "N", description = "Seats no option gets more than.")
    Integer maxSeats;

    @Option(names = "--seat-threshold", paramLabel = "T",
            description = "Share of valid votes an option needs for any seat: e.g. 5%% (at least), or quota"
                    + " (one full Hare quota).")
    String seatThreshold;

    @Option(names = "--ties", paramLabel = "POLICY",
            description = "A seat tied on exactly equal priority: error (default: stop and name them), lot"
                    + " (drawn with --seed), order (the earlier option).")
    String ties;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the lot for --ties lot (default 0).")
    long seed;

    @Option(names = "--first-divisor", paramLabel = "D",
            description = "First divisor of modified-sainte-lague (default 1.4; then 3, 5, 7...).")
    String firstDivisor;

    @Option(names = "--electors-threshold", paramLabel = "T", converter = Converters.ThresholdConverter.class,
            description = "Share of all electors the electoral winner needs (default >1/2: 270 of 538).")
    Threshold electorsThreshold;

    SeatRule toSeatRule() {
        try {
            SeatSettings settings = settings();
            return new SeatRule(source(settings), settings,
                    electorsThreshold == null ? Threshold.SIMPLE_MAJORITY : electorsThreshold);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    SeatSettings settings() {
        SeatSettings s = SeatSettings.of(method == null ? SeatMethod.DHONDT : SeatMethod.parse(method));
        if (minSeats != null) {
            s = s.withMinSeats(minSeats);
        }
        if (maxSeats != null) {
            s = s.withMaxSeats(maxSeats);
        }
        if (seatThreshold != null) {
            s = s.withThreshold(SeatThreshold.parse(seatThreshold));
        }
        if (ties != null) {
            s = s.withTies(TiePolicy.parse(ties), seed);
        }
        if (firstDivisor != null) {
            s = s.withFirstDivisor(Fraction.parse(firstDivisor));
        }
        return s;
    }

    private Optional<SeatSource> source(SeatSettings settings) {
        if (seatsFrom == null) {
            return Optional.ofNullable(seats).map(SeatSource.House::new);
        }
        return Optional.of(switch (seatsFrom.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "electors" -> new SeatSource.Electors();
            case "population" -> new SeatSource.Population(Optional.ofNullable(seats).orElseThrow(
                    () -> new UsageException("--seats-from population needs --seats N, the size of the house")));
            default -> new SeatSource.Given(SeatsFile.read(seatsFrom));
        });
    }
}
