package org.reftally.cli;

import picocli.CommandLine.Option;

/** Options every command shares for diagnostics. */
final class DiagnosticOptions {

    @Option(names = "--stacktrace", description = "Show the stack trace of an error (for bug reports).")
    boolean stacktrace;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors.")
    boolean quiet;
}
