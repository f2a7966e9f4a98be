package org.reftally.cli;

/**
 * The exit codes: a small documented contract, listed in {@code --help}.
 */
public final class ExitCodes {

    /** The report was written and every row was counted. */
    public static final int OK = 0;
    /** An internal error: a bug in reftally. */
    public static final int INTERNAL = 1;
    /** A usage error: bad or missing options. */
    public static final int USAGE = 2;
    /** The report was written but rows were rejected (it is marked incomplete), or --strict stopped the run. */
    public static final int INCOMPLETE = 3;
    /** An input or output file could not be read, parsed or written. */
    public static final int FILE = 4;

    private ExitCodes() {
    }

    /** The list shown under "Exit codes:" in every command's help. */
    public static final String[] HELP_LIST = {
        "0:Success: the report was written and every row was counted.",
        "1:Internal error (a bug; rerun with --stacktrace and report it).",
        "2:Usage error: bad or missing options.",
        "3:Rows were rejected (the report is marked incomplete), or --strict stopped the run.",
        "4:An input or output file could not be read, parsed or written.",
    };
}
