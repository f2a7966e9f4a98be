package org.reftally.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The record of one run that lets anyone re-verify it: the tool version, the exact arguments and
 * the settings they resolved to, every input file with its size, SHA-256 and row accounting, and
 * every output with its SHA-256. The same run gives the same manifest byte for byte, unless a
 * {@link Stamp} (time and host) was asked for; verification ignores the stamp.
 *
 * <p>Immutable and thread-safe (the settings map is an unmodifiable copy).
 *
 * @param version   the reftally version that ran
 * @param command   the subcommand: {@code tally}, {@code merge} or {@code batch}
 * @param arguments the argument list exactly as given, starting with the subcommand
 * @param settings  every option's effective value (defaults included) and the resolved scheme
 *                  settings, in a fixed order; a value is null when the option is unset
 * @param exitCode  the exit code the run returned
 * @param inputs    every file read, in the order read
 * @param outputs   every output written, in the order written
 * @param stamp     when and where it ran, only when asked for
 */
public record AuditManifest(String version, String command, List<String> arguments, Map<String, String> settings,
        int exitCode, List<Input> inputs, List<Output> outputs, Optional<Stamp> stamp) {

    public AuditManifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(stamp, "stamp");
        arguments = List.copyOf(arguments);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /**
     * One input file. Row counts are present for ballot and returns files (where
     * {@code rows = counted + rejected}) and for partial tallies (the sums over their inputs);
     * absent for files that are not counted row by row (a batch manifest, a jurisdiction set).
     *
     * @param kind     {@code ballots}, {@code returns}, {@code partial}, {@code manifest} or {@code jurisdictions}
     * @param election the batch election it belongs to, for a batch run
     */
    public record Input(String path, String kind, long bytes, String sha256, OptionalLong rows, OptionalLong counted,
            OptionalLong rejected, Optional<String> election) {

        public Input {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(election, "election");
            if (rows.isPresent() != counted.isPresent() || rows.isPresent() != rejected.isPresent()) {
                throw new IllegalArgumentException(path + ": give rows, counted and rejected together or none");
            }
            if (rows.isPresent() && rows.getAsLong() != counted.getAsLong() + rejected.getAsLong()) {
                throw new IllegalArgumentException(path + ": rows read (" + rows.getAsLong() + ") != counted ("
                        + counted.getAsLong() + ") + rejected (" + rejected.getAsLong() + ")");
            }
        }

        /** A counted input, from its summary. */
        public static Input of(InputSummary s, Optional<String> election) {
            return new Input(s.path(), s.kind(), s.bytes(), s.sha256(), OptionalLong.of(s.rows()),
                    OptionalLong.of(s.counted()), OptionalLong.of(s.rejected()), election);
        }

        /** A file read whole, not row by row. */
        public static Input file(String path, String kind, long bytes, String sha256) {
            return new Input(path, kind, bytes, sha256, OptionalLong.empty(), OptionalLong.empty(),
                    OptionalLong.empty(), Optional.empty());
        }
    }

    /**
     * One output.
     *
     * @param option the option that named it ({@code --output}, {@code --jsonl}, ...), or {@code stdout}
     * @param path   the path as given, or empty for standard output
     */
    public record Output(String option, Optional<String> path, long bytes, String sha256) {

        public Output {
            Objects.requireNonNull(option, "option");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** When ({@code time}, ISO-8601 UTC) and where ({@code host}) the run happened. */
    public record Stamp(String time, String host) {

        public Stamp {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(host, "host");
        }
    }
}
