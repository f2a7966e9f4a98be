package org.reftally.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a regular file looked like when its read began: size, last-modified time and identity
 * (the inode on POSIX systems), to tell afterwards whether it changed while it was read.
 *
 * <p>A tally must describe one set of bytes: the SHA-256 in the report is of the bytes read, and
 * if the file grew, shrank or was replaced during the read, the counts may come from a mix of two
 * versions (the parallel reader hashes on one thread while others count). Comparing the stamps
 * before and after, and the bytes actually hashed against the size, catches an append, a
 * truncation, a rewrite that changes the time, and a replacement by rename, at the cost of two
 * {@code stat} calls. It does not catch a rewrite of the same size within one tick of the file
 * system's clock (1 ns on ext4, 2 s on FAT): re-hashing would, at the cost of reading every file
 * twice, and a file being written while it is counted is the user's race to avoid.
 *
 * <p>Immutable and thread-safe.
 *
 * @param size     the size in bytes
 * @param modified the last-modified time
 * @param key      the file's identity ({@link BasicFileAttributes#fileKey}), or null where the
 *                 file system has none
 */
record FileStamp(long size, FileTime modified, Object key) {

    FileStamp {
        Objects.requireNonNull(modified, "modified");
    }

    /**
     * The stamp of {@code path} now; empty when it is not a regular file (a pipe or a device has
     * no size to compare) or cannot be read (the read itself then reports why).
     */
    static Optional<FileStamp> of(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new FileStamp(a.size(), a.lastModifiedTime(), a.fileKey()));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * How the file changed between this stamp (taken before the read) and {@code after}, given that
     * {@code bytesRead} bytes were read and hashed; empty when it did not.
     *
     * @param after the stamp after the read, empty when the file is gone
     */
    Optional<String> changeTo(Optional<FileStamp> after, long bytesRead) {
        if (after.isEmpty()) {
            return Optional.of("was removed or replaced while it was read");
        }
        FileStamp now = after.get();
        if (key != null && !key.equals(now.key)) {
            return Optional.of("was replaced by another file while it was read");
        }
        if (now.size != size) {
            return Optional.of("changed size while it was read (" + size + " bytes before, " + now.size + " after)");
        }
        if (bytesRead != size) {
            return Optional.of("changed while it was read (" + bytesRead + " bytes read of " + size + ")");
        }
        if (!now.modified.equals(modified)) {
            return Optional.of("was modified while it was read (at " + now.modified + ")");
        }
        return Optional.empty();
    }

    /**
     * Throws when {@code path} changed since this stamp: the counts cannot be trusted to be of the
     * bytes the hash names (exit code 4, like any unusable input).
     */
    void requireUnchanged(Path path, String file, long bytesRead) {
        changeTo(of(path), bytesRead).ifPresent(change -> {
            throw InputFileException.of(file, change + "; nothing was counted: read it again once nothing"
                    + " writes to it");
        });
    }
}
