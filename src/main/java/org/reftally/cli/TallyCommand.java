package org.reftally.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
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
    AuditOptions auditOptions;

    @Mixin
    DiagnosticOptions diagnostics;

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AuditTrail audit = new AuditTrail(spec, auditOptions);
        TallyRun.Plan plan = TallyRun.plan(files, title, null, input, schemes, seats);
        input.protectFromOutputs(plan.files(), plan.electionFile(), output);
        audit.check(plan.files(), output.output, input.rejects);
        TallyRun.Result run = TallyRun.run(plan, input, schemes, seats, spec.commandLine().getErr(),
                diagnostics.quiet, Optional.of(cli.progress()));
        String stdout = output.write(run.report(), spec.commandLine().getOut());
        int code = run.rejected() > 0 ? ExitCodes.INCOMPLETE : ExitCodes.OK;
        plan.electionFile().ifPresent(f -> audit.file(f.toString(), "election"));
        run.jurisdictionFile().ifPresent(f -> audit.file(f, "jurisdictions"));
        audit.seats(seats.seatsFrom);
        audit.inputs(run.ingest().inputs(), Optional.empty());
        audit.schemes(run.settings());
        audit.output("--rejects", input.rejects);
        audit.report(stdout, output.output);
        audit.write(code);
        return code;
    }
}
