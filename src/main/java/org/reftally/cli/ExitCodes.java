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

    /** The list shown under "Exit codes:" in every command's help, in order. */
    public static final java.util.Map<String, String> HELP = helpList();

    private static java.util.Map<String, String> helpList() {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        map.put(Integer.toString(OK), "Success: the report was written and every row was counted.");
        map.put(Integer.toString(INTERNAL), "Internal error (a bug; rerun with --stacktrace and report it).");
        map.put(Integer.toString(USAGE), "Usage error: bad or missing options.");
        map.put(Integer.toString(INCOMPLETE),
                "Rows were rejected (the report is marked incomplete), or --strict stopped the run.");
        map.put(Integer.toString(FILE), "An input or output file could not be read, parsed or written.");
        return java.util.Collections.unmodifiableMap(map);
    }

    private ExitCodes() {
    }
}
