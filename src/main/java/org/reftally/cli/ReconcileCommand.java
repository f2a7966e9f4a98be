package org.reftally.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.InputKind;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Reconciler;
import org.reftally.report.Format;
import org.reftally.report.ReconcileReport;
import org.reftally.report.ReconcileRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally reconcile --returns FILE --ballots FILE...}: do the returns add up to the ballots? */
@Command(name = "reconcile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare aggregated returns with the ballot files of the same contests, per jurisdiction and"
                + " area: every figure that differs (returns, ballots, returns minus ballots), and every unit or"
                + " contest found in one source only."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:The returns and the ballots agree, and every row was counted.",
            "1:Internal error (a bug; rerun with --stacktrace and report it).",
            "2:Usage error: bad or missing options.",
            "3:Something differs, or rows were rejected, or --strict stopped the run.",
            "4:An input or output file could not be read, parsed or written.",
        })
final class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--returns", required = true, paramLabel = "FILE", description = "The returns file (counts).")
    Path returns;

    @Option(names = "--ballots", required = true, arity = "1..*", paramLabel = "FILE",
            description = "The ballot files (one row per ballot), tallied together.")
    List<Path> ballots = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text, json or csv (default: text).")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE, atomically (default: stdout).")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    DiagnosticOptions diagnostics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (format == Format.MARKDOWN || format == Format.HTML) {
            throw new UsageException("reconcile writes text, json or csv, not " + format.word());
        }
        if (input.kind != null && input.kind != InputKind.AUTO) {
            throw new UsageException("--input does not apply to reconcile: --returns is read as returns and"
                    + " --ballots as ballots");
        }
        List<Path> all = new ArrayList<>(ballots);
        all.add(returns);
        if (output != null) {
            AtomicOutput.check(output, all);
        }
        Optional<JurisdictionSet> set = Optional.ofNullable(input.jurisdictions).map(JurisdictionSets::load);
        IngestOptions options = input.toIngestOptions(set);
        try (RejectLog rejects = new RejectLog(input.rejects)) {
            IngestResult r = Inputs.read(List.of(returns), options.withKind(InputKind.RETURNS), rejects);
            IngestOptions forBallots = options.declaredOptions().isEmpty() && r.tally().contests().size() == 1
                    // One contest and no --options: the ballots are read with the returns' options, so
                    // that Remain/Leave ballots are votes, not unrecognised values.
                    ? new IngestOptions(InputKind.BALLOTS, options.contest(),
                            Map.of("", r.tally().contests().get(0).contest().options()), set, options.strict(),
                            options.threads())
                    : options.withKind(InputKind.BALLOTS);
            IngestResult b = Inputs.read(ballots, forBallots, rejects);
            rejects.finish(spec.commandLine().getErr(), diagnostics.quiet);
            ReconcileReport report = new ReconcileReport(r.inputs(), b.inputs(),
                    Reconciler.reconcile(r.tally(), b.tally()));
            ReconcileRenderer renderer = ReconcileRenderer.forFormat(format);
            if (output == null) {
                renderer.render(report, spec.commandLine().getOut());
            } else {
                AtomicOutput.write(output, w -> renderer.render(report, w));
            }
            return report.agrees() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
        } catch (java.io.IOException e) {
            throw new FileProblemException("cannot write the reconciliation: " + e.getMessage());
        }
    }
}
