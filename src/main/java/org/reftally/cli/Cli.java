package org.reftally.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command {@code reftally}: builds the picocli command line with the caller's streams,
 * the exit-code mapping and the one-line error handler, and runs it.
 */
@Command(name = "reftally",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Tallies referendums exactly from ballot and returns CSV files, under plurality, majority,"
                + " double-majority and proportional rules.",
        subcommands = {TallyCommand.class, RulesCommand.class, CommandLine.HelpCommand.class,
            MergeCommand.class, ReconcileCommand.class, BatchCommand.class, VerifyCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success: the report was written and every row was counted.",
            "1:Internal error (a bug; rerun with --stacktrace and report it).",
            "2:Usage error: bad or missing options.",
            "3:Rows were rejected (the report is marked incomplete), or --strict stopped the run.",
            "4:An input or output file could not be read, parsed or written.",
        })
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (tally, merge, reconcile, batch, verify, rules, help)");
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler(Arrays.asList(args).contains("--stacktrace")));
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
