package org.reftally.ingest;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of every byte of a file, read on its own: the parallel reader runs it on a thread of
 * its own while chunks are counted (SHA-256 cannot be split across threads). Stateless.
 */
final class InputHash {

    /** Lower-case hex SHA-256 and the number of bytes hashed. */
    record Digest(String sha256, long bytes) {
    }

    /** Mapped at a time: large enough for few mappings, small enough for any address space. */
    private static final long WINDOW = 64L << 20;

    private InputHash() {
    }

    static Digest of(Path path) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        long bytes = 0;
        byte[] piece = new byte[1 << 20];
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = ch.size();
            // Mapped windows, no read() copy into the heap. Pieces of 1 MiB into a heap array: the
            // JDK's SHA-256 intrinsic (SHA-NI, -XX:+UseSHA) works on byte arrays; a direct buffer
            // would be copied in 4 KiB steps instead.
            for (long at = 0; at < size; at += WINDOW) {
                MappedByteBuffer window = ch.map(FileChannel.MapMode.READ_ONLY, at, Math.min(WINDOW, size - at));
                while (window.hasRemaining()) {
                    int n = Math.min(piece.length, window.remaining());
                    window.get(piece, 0, n);
                    digest.update(piece, 0, n);
                    bytes += n;
                }
            }
            if (ch.size() != size) {
                throw new IOException("the file changed size while being read");
            }
        }
        return new Digest(HexFormat.of().formatHex(digest.digest()), bytes);
    }
}
