package org.reftally.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** A run of the command line in a test: its exit code and what it wrote to each stream. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
