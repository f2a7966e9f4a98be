package org.reftally.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.reftally.ingest.FileDigest;
import org.reftally.ingest.PartialFile;
import org.reftally.model.AuditManifest;
import org.reftally.model.InputSummary;
import org.reftally.report.AuditJson;
import org.reftally.scheme.RuleSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Collects what a run read and wrote and, with {@code --audit FILE}, writes the audit manifest
 * (docs/canvass.md) after every other output. Without {@code --audit} it records nothing and
 * writes nothing, so commands call it unconditionally.
 *
 * <p>The arguments are the exact list given (picocli's original arguments, subcommand first);
 * the settings are every option's effective value, defaults included, in declaration order, then
 * each scheme's resolved settings. Nothing machine-dependent is recorded unless {@code --stamp}.
 * Not thread-safe: one per command run.
 */
final class AuditTrail {

    private final CommandSpec spec;
    private final AuditOptions options;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<AuditManifest.Input> inputs = new ArrayList<>();
    private final List<AuditManifest.Output> outputs = new ArrayList<>();

    AuditTrail(CommandSpec spec, AuditOptions options) {
        this.spec = spec;
        this.options = options;
    }

    boolean enabled() {
        return options.audit != null;
    }

    /**
     * Refuses an audit file that is a directory or one of the inputs, or that is also one of the
     * {@code outputs} (it would replace what it records), before anything is read.
     */
    void check(Collection<Path> readFiles, Path... outputs) {
        if (!enabled()) {
            return;
        }
        AtomicOutput.check(options.audit, readFiles);
        Path audit = options.audit.toAbsolutePath().normalize();
        for (Path output : outputs) {
            if (output != null && output.toAbsolutePath().normalize().equals(audit)) {
                throw new UsageException("--audit " + options.audit + " is also an output; give the audit its own file");
            }
        }
    }

    void inputs(List<InputSummary> summaries, Optional<String> election) {
        if (enabled()) {
            summaries.forEach(s -> inputs.add(AuditManifest.Input.of(s, election)));
        }
    }

    void input(AuditManifest.Input input) {
        if (enabled()) {
            inputs.add(input);
        }
    }

    /** A partial tally: its own size and hash, and the rows of the inputs it stands for. */
    void partial(Path path, PartialFile file) {
        List<InputSummary> summaries = file.partial().inputs();
        long counted = summaries.stream().mapToLong(InputSummary::counted).sum();
        long rejected = summaries.stream().mapToLong(InputSummary::rejected).sum();
        input(new AuditManifest.Input(path.toString(), "partial", file.digest().bytes(), file.digest().sha256(),
                OptionalLong.of(counted + rejected), OptionalLong.of(counted), OptionalLong.of(rejected),
                Optional.empty()));
    }

    /** The {@code --seats-from} file, when the seats came from one (not electors or population). */
    void seats(String seatsFrom) {
        if (isSeatsFile(seatsFrom)) {
            file(seatsFrom, "seats");
        }
    }

    /** Whether {@code --seats-from} names a file (not {@code electors} or {@code population}). */
    static boolean isSeatsFile(String seatsFrom) {
        return seatsFrom != null && !seatsFrom.equalsIgnoreCase("electors") && !seatsFrom.equalsIgnoreCase("population");
    }

    /** A file read whole (a manifest, a jurisdiction set), hashed now. */
    void file(String path, String kind) {
        if (enabled()) {
            FileDigest d = FileDigest.of(Path.of(path));
            inputs.add(AuditManifest.Input.file(path, kind, d.bytes(), d.sha256()));
        }
    }

    /** An output file written by {@code option}, hashed now that it is in place. */
    void output(String option, Path path) {
        if (enabled() && path != null) {
            FileDigest d = FileDigest.of(path);
            outputs.add(new AuditManifest.Output(option, Optional.of(path.toString()), d.bytes(), d.sha256()));
        }
    }

    /** Where a report went: standard output (its text) or the {@code --output} file. */
    void report(String stdout, Path output) {
        if (stdout != null) {
            stdout(stdout);
        }
        output("--output", output);
    }

    /** What the command wrote to standard output. */
    void stdout(String text) {
        if (enabled()) {
            FileDigest d = FileDigest.of(text.getBytes(StandardCharsets.UTF_8));
            outputs.add(new AuditManifest.Output("stdout", Optional.empty(), d.bytes(), d.sha256()));
        }
    }

    /** The resolved settings of each scheme, after a named rule and the options overriding it. */
    void schemes(List<RuleSettings.Effective> effective) {
        for (int i = 0; i < effective.size(); i++) {
            RuleSettings s = effective.get(i).settings();
            settings.put("scheme " + (i + 1), s.scheme().word() + ": jurisdiction set "
                    + s.jurisdictionSet().orElse("(from input)") + ", proposal " + s.proposal().orElse("(default)")
                    + ", threshold " + s.threshold() + ", state threshold " + s.stateThreshold() + ", states "
                    + s.states() + ", required " + s.required() + ", quorums " + s.quorums());
        }
    }

    void setting(String key, String value) {
        settings.put(key, value);
    }

    /** Writes the manifest (atomically) when {@code --audit} was given. */
    void write(int exitCode) {
        if (!enabled()) {
            return;
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                all.put(option.longestName(), show(option.getValue()));
            }
        }
        all.putAll(settings);
        List<String> arguments = spec.commandLine().getParseResult().originalArgs();
        AuditManifest manifest = new AuditManifest(VersionProvider.version(), spec.name(), arguments, all, exitCode,
                inputs, outputs, options.stamp ? Optional.of(stamp()) : Optional.empty());
        AtomicOutput.write(options.audit, w -> AuditJson.write(manifest, w));
    }

    private static String show(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(AuditTrail::show).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    private static AuditManifest.Stamp stamp() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "(unknown host)";
        }
        return new AuditManifest.Stamp(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), host);
    }
}
