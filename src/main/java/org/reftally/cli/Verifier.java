package org.reftally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.reftally.ingest.FileDigest;
import org.reftally.ingest.InputFileException;
import org.reftally.model.AuditManifest;

/**
 * Checks an audit manifest: hashes every input again, re-runs the recorded command through the
 * same CLI entry ({@link Cli#execute}) with its outputs redirected to a scratch directory, and
 * compares the exit code and every output byte for byte (by SHA-256). The stamp is ignored.
 * Relative paths are resolved against the current directory, as when the command was run.
 *
 * <p>Not thread-safe: one per verification.
 */
final class Verifier {

    /** The commands an audit manifest may record; verify re-runs nothing else. */
    private static final Set<String> COMMANDS = Set.of("tally", "merge", "batch");

    /** One check: what was checked and whether it held. */
    record Check(boolean ok, String text) {
    }

    private final AuditManifest manifest;
    private final List<Check> checks = new ArrayList<>();

    Verifier(AuditManifest manifest, String file) {
        this.manifest = manifest;
        if (!COMMANDS.contains(manifest.command()) || manifest.arguments().isEmpty()
                || !manifest.arguments().get(0).equals(manifest.command())) {
            throw new InputFileException(file + ": records the command '" + manifest.command() + "'; verify re-runs"
                    + " only tally, merge and batch");
        }
    }

    List<Check> run() {
        manifest.inputs().forEach(this::input);
        Path scratch;
        try {
            scratch = Files.createTempDirectory("reftally-verify");
        } catch (IOException e) {
            throw new FileProblemException("cannot create a scratch directory: " + AtomicOutput.describe(e));
        }
        try {
            OutputArguments args = new OutputArguments(manifest.arguments(), scratch);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), args.arguments().toArray(String[]::new));
            String why = err.toString().lines().filter(l -> !l.isBlank()).findFirst().map(l -> " (" + l + ")")
                    .orElse("");
            checks.add(new Check(code == manifest.exitCode(), code == manifest.exitCode()
                    ? "exit code " + code + " as recorded"
                    : "exit code DIFFERS: recorded " + manifest.exitCode() + ", re-run gave " + code + why));
            for (AuditManifest.Output o : manifest.outputs()) {
                output(o, out.toString(), args);
            }
        } finally {
            delete(scratch);
        }
        return List.copyOf(checks);
    }

    private void input(AuditManifest.Input input) {
        String name = "input " + input.path();
        try {
            FileDigest now = FileDigest.of(Path.of(input.path()));
            if (now.sha256().equals(input.sha256()) && now.bytes() == input.bytes()) {
                checks.add(new Check(true, name + ": unchanged (SHA-256 " + input.sha256() + ")"));
            } else {
                checks.add(new Check(false, name + ": CHANGED: recorded SHA-256 " + input.sha256() + " ("
                        + input.bytes() + " bytes), now " + now.sha256() + " (" + now.bytes() + " bytes)"));
            }
        } catch (InputFileException | java.nio.file.InvalidPathException e) {
            checks.add(new Check(false, name + ": CANNOT BE READ: " + e.getMessage()));
        }
    }

    private void output(AuditManifest.Output o, String stdout, OutputArguments args) {
        String name = "output " + o.path().orElse("(standard output)");
        if (o.path().isPresent() && Files.isRegularFile(Path.of(o.path().get()))) {
            // The published file, when it is here, must still be what the run wrote.
            FileDigest onDisk = FileDigest.of(Path.of(o.path().get()));
            boolean same = onDisk.sha256().equals(o.sha256()) && onDisk.bytes() == o.bytes();
            checks.add(new Check(same, same ? name + ": the file on disk is the one recorded"
                    : name + ": the file on disk DIFFERS from the one recorded: SHA-256 " + onDisk.sha256()));
        }
        FileDigest now;
        if (o.path().isEmpty()) {
            now = FileDigest.of(stdout.getBytes(StandardCharsets.UTF_8));
        } else {
            Path redirected = args.redirected(o.path().get());
            if (redirected == null || !Files.exists(redirected)) {
                checks.add(new Check(false, name + ": NOT REPRODUCED: the re-run did not write it"));
                return;
            }
            now = FileDigest.of(redirected);
        }
        boolean same = now.sha256().equals(o.sha256()) && now.bytes() == o.bytes();
        checks.add(new Check(same, same ? name + ": reproduced byte for byte (SHA-256 " + o.sha256() + ")"
                : name + ": DIFFERS: recorded SHA-256 " + o.sha256() + " (" + o.bytes() + " bytes), reproduced "
                        + now.sha256() + " (" + now.bytes() + " bytes)"));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Scratch space in the temporary directory: the system cleans it if this fails.
        }
    }
}
