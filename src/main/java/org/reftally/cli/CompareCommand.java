package org.reftally.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reftally.ingest.ElectionFile;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.model.JurisdictionSet;
import org.reftally.report.ComparisonReport;
import org.reftally.scheme.Comparisons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally compare FILE...}: tally the inputs once and decide them under every rule that applies. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Tally the inputs once and show the result under every scheme and named rule that applies, side"
                    + " by side: the same votes, different rules, sometimes different answers.",
            "A rule with its own jurisdiction set (ch, au, us) applies when that set lists every jurisdiction"
                    + " of the input, or to the set given with --jurisdictions; rules that cannot decide the"
                    + " input are listed with the reason."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: the report was written and every row was counted.",
            "1:Internal error (a bug; rerun with --stacktrace and report it).",
            "2:Usage error: bad or missing options.",
            "3:Rows were rejected (the report is marked incomplete), or --strict stopped the run.",
            "4:An input or output file could not be read, parsed or written.",
        })
final class CompareCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Ballot or returns CSV files, tallied together; or one election folder (its inputs,"
                    + " jurisdiction set and input settings apply; its rules and schemes do not: compare tries them"
                    + " all).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the report (default: the file names).")
    String title;

    @Mixin
    InputOptions input;

    @Mixin
    CompareOptions rules;

    @Mixin
    OutputOptions output;

    @Mixin
    DiagnosticOptions diagnostics;

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> electionFile = Optional.empty();
        if (files.size() == 1 && ElectionFile.isElectionFolder(files.get(0))) {
            ElectionFile election = ElectionFile.read(files.get(0));
            ElectionDefaults.applyInput(election, input);
            electionFile = Optional.of(files.get(0).resolve(ElectionFile.NAME));
            files = election.inputs();
            title = title != null ? title : election.title().orElse(null);
        }
        input.protectFromOutputs(files, electionFile, output);
        Optional<JurisdictionSet> given = Optional.ofNullable(input.jurisdictions).map(JurisdictionSets::load);
        try (RejectLog rejects = new RejectLog(input.rejects)) {
            IngestResult result = Inputs.read(cli.progress(), files, input.toIngestOptions(given), rejects,
                    diagnostics.quiet);
            rejects.finish(err, diagnostics.quiet);
            ComparisonReport report = new ComparisonReport(title(), result.inputs(), result.jurisdictions(),
                    Comparisons.compare(result.tally(), result.jurisdictions(), rules.request(given)),
                    result.complete());
            output.write(report, out);
            return rejects.count() > 0 ? ExitCodes.INCOMPLETE : ExitCodes.OK;
        }
    }

    private String title() {
        return title != null ? title : String.join(", ", files.stream().map(Path::toString).toList());
    }
}
