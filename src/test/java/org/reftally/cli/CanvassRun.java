package org.reftally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.reftally.Main;

/** Runs the CLI through its testable entry point and keeps the exit code and both streams. */
record CanvassRun(int code, String out, String err) {

    static CanvassRun of(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(Object::toString).toArray(String[]::new);
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), strings);
        return new CanvassRun(code, out.toString(), err.toString());
    }

    /** Writes {@code lines} joined by LF with a final LF. */
    static Path write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String... lines) {
        return write(file, List.of(lines));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A pretty JSON report without its top-level {@code title} line and {@code inputs} block: what
     * must be byte-identical between a merge and the one run over all inputs.
     */
    static String withoutTitleAndInputs(String json) {
        String noTitle = json.replaceFirst("(?m)^  \"title\": .*\\n", "");
        int start = noTitle.indexOf("\n  \"inputs\": [");
        int end = noTitle.indexOf("\n  ],\n", start);
        if (start < 0 || end < 0) {
            throw new AssertionError("no inputs block in " + json);
        }
        return noTitle.substring(0, start) + noTitle.substring(end + "\n  ],".length());
    }
}
