package org.reftally.cli;

import java.io.PrintWriter;
import org.apache.commons.lang3.exception.ExceptionUtils;
import org.reftally.ingest.InputFileException;
import org.reftally.ingest.InputSelectionException;
import org.reftally.ingest.StrictModeException;
import org.reftally.model.MergeConflictException;
import org.reftally.scheme.SchemeException;
import org.reftally.scheme.seats.SeatTieException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and a documented exit code. Known problems (bad
 * input, bad options, files) are the user's to fix and show only their message; anything else is
 * a bug, shown with its type, and with a stack trace only under {@code --stacktrace}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    private final boolean stacktrace;

    ErrorHandler(boolean stacktrace) {
        this.stacktrace = stacktrace;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int code = exitCode(ex);
        if (code == ExitCodes.INTERNAL) {
            err.println("reftally: internal error: " + ex);
            err.println("reftally: this is a bug; rerun with --stacktrace and report it");
        } else {
            err.println("reftally: " + ex.getMessage());
        }
        if (stacktrace) {
            err.print(ExceptionUtils.getStackTrace(ex));
        }
        err.flush();
        return code;
    }

    /**
     * Says that the Java heap ran out, and how to give it more, in one line; returns the exit code.
     * Not a bug, but no input or option is wrong either: the run needs more memory than the JVM
     * was given (the ballot IDs of a run take about 15 bytes each, 1.5 GB for 100 million).
     */
    static int outOfMemory(PrintWriter err) {
        err.println("reftally: out of memory: the Java heap is full; give it more, for example"
                + " REFTALLY_JAVA_OPTS=-Xmx8g (ballot IDs take about 15 bytes each)");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    /** The exit code of a failure, by its type: the one place where the mapping lives. */
    static int exitCode(Throwable ex) {
        // Partials that cannot be merged are an input problem, like an unusable input file.
        if (ex instanceof InputFileException || ex instanceof FileProblemException
                || ex instanceof MergeConflictException) {
            return ExitCodes.FILE;
        }
        if (ex instanceof StrictModeException) {
            return ExitCodes.INCOMPLETE;
        }
        if (ex instanceof SchemeException || ex instanceof SeatTieException || ex instanceof UsageException
                || ex instanceof InputSelectionException
                || ex instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }
}
