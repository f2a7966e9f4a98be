package org.reftally.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The size and SHA-256 of a file's bytes (or of bytes in memory), as an audit records them and as
 * {@code reftally verify} checks them again. Immutable and thread-safe.
 *
 * @param bytes  the number of bytes
 * @param sha256 lower-case hex SHA-256
 */
public record FileDigest(long bytes, String sha256) {

    public FileDigest {
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Reads {@code path} once and digests it.
     *
     * @throws InputFileException when the file is missing or unreadable (the message names it)
     */
    public static FileDigest of(Path path) {
        String file = path.toString();
        if (Files.isDirectory(path)) {
            throw InputFileException.of(file, "is a directory, not a file");
        }
        MessageDigest digest = newDigest();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (NoSuchFileException e) {
            throw InputFileException.of(file, "no such file");
        } catch (AccessDeniedException e) {
            throw InputFileException.of(file, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw InputFileException.of(file, "cannot read the file: " + e.getMessage());
        }
        return new FileDigest(size, HexFormat.of().formatHex(digest.digest()));
    }

    /** The digest of bytes in memory, e.g. what a command wrote to standard output. */
    public static FileDigest of(byte[] content) {
        return new FileDigest(content.length, HexFormat.of().formatHex(newDigest().digest(content)));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (java.security.MessageDigest, "Standard Algorithms").
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
