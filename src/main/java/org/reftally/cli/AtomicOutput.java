package org.reftally.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;

/**
 * Writes an output file atomically: into a temporary file beside it, then moved over the target
 * in one step, so a failed run never leaves a half-written report in place of a good one. An
 * output that is a directory, or that is one of the inputs (by path, or through a symbolic or
 * hard link), is refused before anything is read or written.
 *
 * <p>An output that exists and is not a regular file ({@code /dev/null}, a named pipe, a terminal)
 * is written in place: it cannot be replaced atomically, and replacing it would destroy it (as
 * root, {@code -o /dev/null} turned the system's null device into a file holding the report;
 * anyone else could not write to {@code /dev/null} at all).
 */
final class AtomicOutput {

    /** Writes the content. */
    interface Body {
        void write(Writer out) throws IOException;
    }

    private AtomicOutput() {
    }

    /** Refuses an output path that is a directory or the same file as any input. */
    static void check(Path target, Collection<Path> inputs) {
        if (Files.isDirectory(target)) {
            throw new FileProblemException(target + ": is a directory; give a file name for the output");
        }
        for (Path input : inputs) {
            if (samePlace(input, target)) {
                throw new FileProblemException(target + ": is also an input; refusing to overwrite it");
            }
        }
    }

    /**
     * Whether two paths name the same file: the same absolute path, or (both existing) the same
     * file through a symbolic or hard link.
     */
    static boolean samePlace(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize()) || sameFile(a, b);
    }

    static void write(Path target, Body body) {
        if (inPlace(target)) {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                body.write(out);
            } catch (IOException e) {
                throw new FileProblemException(target + ": cannot write: " + describe(e));
            }
            return;
        }
        Path temp = null;
        try {
            temp = createTemp(target);
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new FileProblemException(target + ": cannot write: " + describe(e));
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is beside the target; nothing more can be done.
                }
            }
        }
    }

    /** Whether {@code target} is written in place: it exists and is not a regular file (a device, a pipe). */
    static boolean inPlace(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target);
    }

    /**
     * A temporary file beside {@code target}, readable like any file the user writes: the JDK
     * creates temporary files owner-only, which a published report must not be.
     */
    static Path createTemp(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: its default permissions apply.
        }
        return temp;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    static String describe(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
