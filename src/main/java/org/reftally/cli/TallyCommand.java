package org.reftally.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reftally.ingest.ElectionFile;
import org.reftally.ingest.Ingest;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.model.JurisdictionSet;
import org.reftally.report.Report;
import org.reftally.scheme.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally tally FILE...}: read the inputs, count them under the schemes, write the report. */
@Command(name = "tally", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Tally ballot files (one row per ballot) and returns files (counts per state or area) and report"
                    + " the result under each scheme.",
            "Every row is counted or rejected with file:line: reason; the report says rows read = counted"
                    + " + rejected."})
final class TallyCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Ballot or returns CSV files, tallied together; or one election folder holding an"
                    + " election.json (its settings apply unless an option overrides them).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the report (default: the file names).")
    String title;

    @Mixin
    InputOptions input;

    @Mixin
    SchemeOptions schemes;

    @Mixin
    SeatOptions seats;

    @Mixin
    OutputOptions output;

    @Mixin
    DiagnosticOptions diagnostics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> read = new ArrayList<>();
        if (files.size() == 1 && ElectionFile.isElectionFolder(files.get(0))) {
            read.add(files.get(0).resolve(ElectionFile.NAME));
            ElectionFile election = ElectionFile.read(files.get(0));
            ElectionDefaults.apply(election, input, schemes, seats);
            files = election.inputs();
            if (title == null) {
                title = election.title().orElse(null);
            }
        }
        // Every file the run reads is safe from its outputs: the inputs, the jurisdiction file, election.json.
        read.addAll(files);
        input.jurisdictionFile().ifPresent(read::add);
        output.check(read);
        input.checkRejects(read, output.output);
        List<RuleSettings.Effective> settings = schemes.effective(Optional.ofNullable(input.jurisdictions));
        Optional<JurisdictionSet> set = settings.get(0).settings().jurisdictionSet().map(JurisdictionSets::load);
        try (RejectLog rejects = new RejectLog(input.rejects)) {
            IngestResult result = Ingest.read(files, input.toIngestOptions(set), rejects);
            rejects.finish(err, diagnostics.quiet);
            Report report = Reports.of(title(), result, settings, seats.toSeatRule());
            output.write(report, out);
            return rejects.count() > 0 ? ExitCodes.INCOMPLETE : ExitCodes.OK;
        }
    }

    private String title() {
        return title != null ? title : String.join(", ", files.stream().map(Path::toString).toList());
    }
}
