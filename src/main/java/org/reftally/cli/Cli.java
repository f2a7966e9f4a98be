package org.reftally.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
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
                + " double-majority and proportional rules.")
public final class Cli implements Runnable {

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(TallyCommand.class, CompareCommand.class,
            ApportionCommand.class, GenerateCommand.class, MergeCommand.class, ReconcileCommand.class,
            BatchCommand.class, VerifyCommand.class, SamplesCommand.class, RulesCommand.class,
            CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final ProgressPolicy progress;

    Cli(ProgressPolicy progress) {
        this.progress = progress;
    }

    /** When and where the subcommands show a progress bar while reading. */
    ProgressPolicy progress() {
        return progress;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see reftally --help)");
    }

    /** Lists the exit codes in the help of every command that does not list its own. */
    private static void listExitCodes(CommandLine cl) {
        CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        if (usage.exitCodeList().isEmpty()) {
            usage.exitCodeListHeading("%nExit codes:%n");
            usage.exitCodeList(ExitCodes.HELP);
        }
        cl.getSubcommands().values().forEach(Cli::listExitCodes);
    }

    /**
     * The subcommands to build: only the one named first when there is one; none for a lone
     * {@code --version}; else all (for help and a typo's suggestions). picocli builds every
     * registered command's model from its annotations at start, and ten of them took some 50 ms of
     * each run's start-up.
     */
    private static List<Class<?>> commandsFor(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return List.of();
        }
        if (args.length > 0 && !args[0].equals("help")) {
            for (Class<?> command : COMMANDS) {
                if (command.getAnnotation(Command.class).name().equals(args[0])) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, ProgressPolicy.standard(), args);
    }

    /** With a given progress policy: tests pass a terminal of their own. */
    static int execute(PrintWriter out, PrintWriter err, ProgressPolicy progress, String... args) {
        CommandLine cl = new CommandLine(new Cli(progress));
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command); // before the settings below: they apply to the commands there are
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler(Arrays.asList(args).contains("--stacktrace")));
        cl.setExitCodeExceptionMapper(ErrorHandler::exitCode);
        listExitCodes(cl);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            code = ErrorHandler.outOfMemory(err);
        }
        out.flush();
        err.flush();
        return code;
    }
}
