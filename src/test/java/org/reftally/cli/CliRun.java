package org.reftally.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.reftally.Main;

/** One run of the command line as a test sees it: exit code, standard output and standard error. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
