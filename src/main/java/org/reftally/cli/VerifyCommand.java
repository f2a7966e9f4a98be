package org.reftally.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reftally.ingest.AuditManifestReader;
import org.reftally.model.AuditManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally verify AUDIT}: are the inputs unchanged, and does re-running reproduce every output? */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check an audit manifest written by --audit: hash every input again, re-run the recorded"
                + " command with its outputs in a scratch directory, and compare every output byte for byte.",
            "Run it from the directory the command was run in: relative paths are resolved there."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every input is unchanged and every output was reproduced byte for byte.",
            "1:Internal error (a bug; rerun with --stacktrace and report it).",
            "2:Usage error: bad or missing options.",
            "3:Something differs: an input changed or is missing, or an output or the exit code differs.",
            "4:The audit manifest could not be read or is not one.",
        })
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "AUDIT", description = "The audit manifest (JSON) to verify.")
    Path file;

    @Mixin
    DiagnosticOptions diagnostics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditManifest manifest = AuditManifestReader.read(file);
        List<Verifier.Check> checks = new Verifier(manifest, file.toString()).run();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Verifying " + file + ": reftally " + String.join(" ", manifest.arguments()));
        String version = VersionProvider.version();
        if (!version.equals(manifest.version())) {
            out.println("  note: recorded with reftally " + manifest.version() + ", verified with " + version);
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        for (Verifier.Check c : checks) {
            if (!diagnostics.quiet || !c.ok()) {
                out.println("  " + c.text());
            }
        }
        out.println(failed == 0 ? "VERIFIED: every input is unchanged and every output was reproduced."
                : "NOT VERIFIED: " + failed + (failed == 1 ? " check" : " checks") + " failed.");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.INCOMPLETE;
    }
}
