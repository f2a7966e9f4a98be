package org.reftally.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * When a progress bar is shown while reading, and where it is drawn: only on inputs of at least
 * {@code minBytes} in all, and only when the process's real stderr is a terminal. Never on
 * picocli's err stream: that may be a file, a pipe or a test's buffer, where a bar redrawn with
 * carriage returns is noise in a log. Immutable and thread-safe.
 *
 * @param terminal the real stderr and whether it is a terminal
 * @param minBytes the smallest total input size that gets a bar
 */
record ProgressPolicy(Terminal terminal, long minBytes) {

    /** "Larger than about 50 MB": below this, reading takes a few seconds at most. */
    static final long STANDARD_MIN_BYTES = 50_000_000L;

    ProgressPolicy {
        Objects.requireNonNull(terminal, "terminal");
    }

    /** The process's stderr, with a bar on inputs of 50 MB or more. */
    static ProgressPolicy standard() {
        return new ProgressPolicy(Terminal.SYSTEM, STANDARD_MIN_BYTES);
    }

    /** Where a bar may be drawn. */
    interface Terminal {

        /** The process's own stderr (file descriptor 2), a terminal or not. */
        Terminal SYSTEM = new Terminal() {
            @Override
            public boolean isTerminal() {
                return stderrIsTerminal();
            }

            @Override
            public PrintStream stream() {
                // File descriptor 2 itself, as the progress library does by default: the CLI owns
                // this output, and only a terminal ever receives it.
                return new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
            }
        };

        /** Whether a person is watching: the stream is a terminal, not a file or a pipe. */
        boolean isTerminal();

        /** The stream to draw on; asked for only when {@link #isTerminal()}. */
        PrintStream stream();
    }

    /**
     * Whether stderr is a terminal. On Linux, {@code /proc/self/fd/2} names the device it is
     * open on, which is exact; elsewhere {@code System.console() != null} is the usual test (it
     * looks at stdin and stdout, not stderr, so it errs on the side of showing nothing when
     * stdout is redirected).
     */
    static boolean stderrIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (!Files.isSymbolicLink(fd)) {
            return System.console() != null; // No /proc: not Linux.
        }
        try {
            return isTerminalDevice(Files.readSymbolicLink(fd).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** A pseudo-terminal ({@code /dev/pts/3}) or a console ({@code /dev/tty1}); not a pipe or file. */
    static boolean isTerminalDevice(String linkTarget) {
        return linkTarget.startsWith("/dev/pts/") || linkTarget.startsWith("/dev/tty");
    }
}
