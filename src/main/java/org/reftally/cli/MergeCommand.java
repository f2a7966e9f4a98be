package org.reftally.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.ingest.PartialFile;
import org.reftally.ingest.PartialTallyReader;
import org.reftally.model.MergePolicy;
import org.reftally.model.PartialTally;
import org.reftally.model.TallyMerge;
import org.reftally.report.Report;
import org.reftally.scheme.RuleSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally merge PARTIAL...}: add up partial tallies (JSON reports) and report the whole. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Merge partial tallies (the JSON reports of 'reftally tally -f json', or of an earlier merge) into one"
                    + " result and report it under each scheme, exactly as one tally of all their inputs would.",
            "Refuses, naming both partials: the same unit (jurisdiction and area) in two partials, the same input"
                    + " file (by SHA-256) in two partials, different contests or options, different jurisdiction"
                    + " sets."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: the merged report was written and every row of every input was counted.",
            "1:Internal error (a bug; rerun with --stacktrace and report it).",
            "2:Usage error: bad or missing options.",
            "3:The merged report was written, but some partial had rejected rows (it is marked incomplete).",
            "4:A partial could not be read, or the partials conflict (something would be counted twice).",
        })
final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PARTIAL", description = "JSON reports of reftally tally -f json.")
    List<Path> partials = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the report (default: the partials' names).")
    String title;

    @Option(names = {"-j", "--jurisdictions"}, paramLabel = "SET",
            description = "Jurisdiction set to merge against: us, ch, au or a CSV file. Default: the partials' own"
                    + " set (they must agree), else the rule's.")
    String jurisdictions;

    @Option(names = "--allow-partial-contests",
            description = "Merge partials whose contests or options differ (options are joined in order of first"
                    + " appearance; a partial without an option counts zero votes for it).")
    boolean partialContests;

    @Option(names = "--allow-split-units",
            description = "Add up a unit found in several partials (batches of one county's ballots tallied on"
                    + " several machines) instead of refusing it as counted twice.")
    boolean splitUnits;

    @Mixin
    SchemeOptions schemes;

    @Mixin
    SeatOptions seats;

    @Mixin
    OutputOptions output;

    @Mixin
    AuditOptions auditOptions;

    @Mixin
    DiagnosticOptions diagnostics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditTrail audit = new AuditTrail(spec, auditOptions);
        output.check(partials);
        audit.check(partials, output.output);
        List<RuleSettings.Effective> settings = schemes.effective(Optional.ofNullable(jurisdictions));
        Optional<String> setSpec = settings.get(0).settings().jurisdictionSet();
        List<PartialTally> read = new ArrayList<>();
        for (Path path : partials) {
            PartialFile file = PartialTallyReader.read(path);
            read.add(file.partial());
            audit.partial(path, file);
        }
        String name = title != null ? title : String.join(", ", partials.stream().map(Path::toString).toList());
        PartialTally merged = TallyMerge.merge(name, read, setSpec.map(JurisdictionSets::load),
                new MergePolicy(partialContests, splitUnits));
        Report report = Reports.of(name, new IngestResult(merged.tally(), merged.inputs(), merged.jurisdictions()),
                settings, seats.toSeatRule(), schemes.counterProposal());
        String stdout = output.write(report, spec.commandLine().getOut());
        int code = merged.complete() ? ExitCodes.OK : ExitCodes.INCOMPLETE;
        setSpec.filter(TallyRun::isFile).ifPresent(f -> audit.file(f, "jurisdictions"));
        audit.seats(seats.seatsFrom);
        audit.schemes(settings);
        audit.report(stdout, output.output);
        audit.write(code);
        return code;
    }
}
