package org.reftally.bench;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A second floor: a JVM that only computes the SHA-256 of the file, as reftally does for every
 * input because every report names its inputs by SHA-256. The hash is a chain, one block after the
 * other, so it runs on one thread whatever the number of cores. Usage: Sha256 FILE.
 */
public final class Sha256 {

    public static void main(String[] args) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        try (FileChannel ch = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ)) {
            for (int n = ch.read(buf); n >= 0; n = ch.read(buf.clear())) {
                digest.update(buf.array(), 0, n);
            }
        }
        System.out.println(HexFormat.of().formatHex(digest.digest()));
    }
}
