package org.reftally;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.reftally.cli.Cli;

/**
 * The entry point. {@link #run} is what tests call: it takes the streams and returns the exit
 * code, so nothing in the program calls {@code System.exit} but {@link #main}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs reftally with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return Cli.execute(out, err, args);
    }
}
