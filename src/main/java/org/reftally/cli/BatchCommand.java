package org.reftally.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reftally.ingest.BatchElection;
import org.reftally.ingest.BatchManifests;
import org.reftally.report.BatchOutputs;
import org.reftally.report.BatchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally batch MANIFEST}: tally many elections in one run, in parallel, reported in manifest order. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Tally many elections in one run. MANIFEST is a CSV file with the columns name,files,options"
                + " (files separated by ; or spaces, options as on the tally command line), or a directory with one"
                + " folder per election (an election folder with its election.json, or CSV files tallied together)."
                + " A failing election is reported and does not stop the others.",
            "Prints a summary table; --jsonl and --csv write every result. Outputs follow the manifest order for"
                + " any --jobs. The exit code is the worst over all elections: 1 if any hit an internal error, else"
                + " the highest."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Every election was tallied and every row counted.",
            "1:Internal error in some election (a bug; rerun it with --stacktrace and report it).",
            "2:Some election had bad options; or the batch's own options are wrong.",
            "3:Some election had rejected rows.",
            "4:Some election's files, the manifest, or an output could not be read or written.",
        })
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MANIFEST", description = "CSV manifest (name,files,options) or directory of folders.")
    Path manifest;

    @Mixin
    BatchOutputOptions outputs;

    @Option(names = "--jobs", paramLabel = "N", description = "Elections run at once (default: the number of cores).")
    Integer jobs;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    DiagnosticOptions diagnostics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (threads < 1) {
            throw new UsageException("--jobs must be at least 1, not " + threads);
        }
        AuditTrail audit = new AuditTrail(spec, auditOptions);
        List<BatchElection> elections = BatchManifests.read(manifest);
        List<Path> read = new ArrayList<>(List.of(manifest));
        elections.forEach(e -> read.addAll(e.files()));
        outputs.check(read);
        audit.check(read, outputs.jsonl, outputs.csv);
        List<ElectionRun.Outcome> outcomes = BatchRunner.run(elections, threads);
        List<BatchResult> results = outcomes.stream().map(ElectionRun.Outcome::result).toList();
        int code = BatchRunner.worst(results.stream().map(BatchResult::exitCode).toList());
        PrintWriter err = spec.commandLine().getErr();
        outcomes.forEach(o -> o.report(err, diagnostics.quiet));
        outputs.write(results);
        StringWriter summary = new StringWriter();
        try {
            BatchOutputs.summary(results, code, summary);
        } catch (java.io.IOException e) {
            throw new FileProblemException("cannot write the summary: " + e.getMessage());
        }
        spec.commandLine().getOut().print(summary);
        spec.commandLine().getOut().flush();
        recordAudit(audit, outcomes, summary.toString(), code);
        return code;
    }

    private void recordAudit(AuditTrail audit, List<ElectionRun.Outcome> outcomes, String summary, int code) {
        if (!Files.isDirectory(manifest)) {
            // A directory has no bytes of its own: its elections' files are recorded one by one.
            audit.file(manifest.toString(), "manifest");
        }
        for (ElectionRun.Outcome o : outcomes) {
            o.settingsFiles().forEach(audit::file);
            audit.inputs(o.inputs(), Optional.of(o.result().name()));
        }
        outputs.record(audit);
        audit.stdout(summary);
        audit.write(code);
    }
}
