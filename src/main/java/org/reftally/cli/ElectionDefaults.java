package org.reftally.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reftally.ingest.ElectionFile;
import org.reftally.ingest.InputKind;
import picocli.CommandLine.ITypeConverter;

/**
 * Fills the options a user did not give from an election folder's {@code election.json}: the
 * command line always wins. Values are converted by the same converters as the flags, so a value
 * in the file means exactly what it means on the command line.
 */
final class ElectionDefaults {

    private ElectionDefaults() {
    }

    static void apply(ElectionFile file, InputOptions in, SchemeOptions s, SeatOptions seats) {
        applySeats(file, seats);
        if (in.kind == null) {
            in.kind = file.single("input").map(v -> parseKind(file, v)).orElse(null);
        }
        if (in.contest == null) {
            in.contest = file.single("contest").orElse(null);
        }
        if (in.options.isEmpty()) {
            in.options = new ArrayList<>(file.list("options"));
        }
        if (in.jurisdictions == null) {
            in.jurisdictions = file.jurisdictions().orElse(null);
        }
        if (s.schemes.isEmpty()) {
            s.schemes = new ArrayList<>(file.list("scheme"));
        }
        if (s.rule == null) {
            s.rule = file.single("rule").orElse(null);
        }
        if (s.proposal == null) {
            s.proposal = file.single("proposal").orElse(null);
        }
        if (s.threshold == null) {
            s.threshold = file.single("threshold").map(v -> convert(file, "threshold", v,
                    new Converters.ThresholdConverter())).orElse(null);
        }
        if (s.stateThreshold == null) {
            s.stateThreshold = file.single("state_threshold").map(v -> convert(file, "state_threshold", v,
                    new Converters.ThresholdConverter())).orElse(null);
        }
        if (s.states == null) {
            s.states = file.single("states").map(v -> convert(file, "states", v, new Converters.StatesConverter()))
                    .orElse(null);
        }
        if (s.required == null && !file.list("require").isEmpty()) {
            s.required = new ArrayList<>(file.list("require"));
        }
        if (s.counterProposal == null && !file.list("counter_proposal").isEmpty()) {
            s.counterProposal = new ArrayList<>(file.list("counter_proposal"));
        }
        if (s.quorums == null && !file.list("quorum").isEmpty()) {
            List<org.reftally.model.Quorum> qs = new ArrayList<>();
            for (String q : file.list("quorum")) {
                qs.add(convert(file, "quorum", q, new Converters.QuorumConverter()));
            }
            s.quorums = qs;
        }
    }

    private static void applySeats(ElectionFile file, SeatOptions o) {
        if (o.seats == null) {
            o.seats = file.single("seats").map(v -> integer(file, "seats", v)).orElse(null);
        }
        if (o.seatsFrom == null) {
            o.seatsFrom = file.single("seats_from").map(v -> v.equalsIgnoreCase("electors")
                    || v.equalsIgnoreCase("population") ? v : file.folder().resolve(v).toString()).orElse(null);
        }
        if (o.method == null) {
            o.method = file.single("method").orElse(null);
        }
        if (o.minSeats == null) {
            o.minSeats = file.single("min_seats").map(v -> integer(file, "min_seats", v)).orElse(null);
        }
        if (o.maxSeats == null) {
            o.maxSeats = file.single("max_seats").map(v -> integer(file, "max_seats", v)).orElse(null);
        }
        if (o.seatThreshold == null) {
            o.seatThreshold = file.single("seat_threshold").orElse(null);
        }
        if (o.ties == null) {
            o.ties = file.single("ties").orElse(null);
        }
        if (o.seed == 0) {
            o.seed = file.single("seed").map(v -> (long) integer(file, "seed", v)).orElse(0L);
        }
        if (o.electorsThreshold == null) {
            o.electorsThreshold = file.single("electors_threshold").map(v -> convert(file, "electors_threshold", v,
                    new Converters.ThresholdConverter())).orElse(null);
        }
    }

    private static int integer(ElectionFile file, String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(where(file, key) + "'" + value + "' is not a whole number");
        }
    }

    private static InputKind parseKind(ElectionFile file, String value) {
        try {
            return InputKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(where(file, "input") + "'" + value + "' is not ballots, returns or auto");
        }
    }

    private static <T> T convert(ElectionFile file, String key, String value, ITypeConverter<T> converter) {
        try {
            return converter.convert(value);
        } catch (Exception e) {
            throw new UsageException(where(file, key) + e.getMessage());
        }
    }

    private static String where(ElectionFile file, String key) {
        return file.folder().resolve(ElectionFile.NAME) + ": key '" + key + "': ";
    }
}
