package org.reftally.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of every byte of a file, read on its own: the parallel reader runs it on a thread of
 * its own while chunks are counted (SHA-256 cannot be split across threads). Stateless.
 *
 * <p>Read, not memory-mapped: mapped pages count as the process's resident memory until the mapping
 * is collected, which for a file of gigabytes would break the reader's memory bound. The copy costs
 * far less than the hashing, which the JDK's SHA-256 intrinsic (SHA-NI, {@code -XX:+UseSHA}) does on
 * the byte array.
 */
final class InputHash {

    /** Lower-case hex SHA-256 and the number of bytes hashed. */
    record Digest(String sha256, long bytes) {
    }

    private InputHash() {
    }

    static Digest of(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        long bytes = 0;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            while (true) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) {
                    break;
                }
                digest.update(buf.array(), 0, n);
                bytes += n;
            }
        }
        return new Digest(HexFormat.of().formatHex(digest.digest()), bytes);
    }
}
