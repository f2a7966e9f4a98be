package org.reftally.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * A sparse map from byte offsets back to physical line numbers: the start offset of every
 * {@value #EVERY}th line, with its number. It costs two {@code long}s per {@value #EVERY} lines, so a file of a
 * hundred million ballots needs about 25 MB; turning an offset into its line reads at most
 * {@value #EVERY} lines from the file.
 *
 * <p>Filled front to back, by the {@link LineSource} (every {@value #EVERY}th line) or by the
 * parallel reader (a mark at every {@value #EVERY}th line of each chunk, as chunks are merged in
 * order); read while it is still being filled. Not thread-safe.
 */
final class LineIndex {

    static final int EVERY = 64;

    private long[] starts = new long[16];
    private long[] lines = new long[16];
    private int size;

    /** Called for every line in order; keeps lines 1, 1 + EVERY, 1 + 2 EVERY, ... */
    void lineStarts(long line, long offset) {
        if ((line - 1) % EVERY == 0) {
            mark(line, offset);
        }
    }

    /** {@link #mark}s every (line, offset) pair of {@code marks}, lines counted from {@code base} + 1. */
    void markAll(long[] marks, long base) {
        for (int m = 0; m < marks.length; m += 2) {
            mark(base + marks[m], marks[m + 1]);
        }
    }

    /** Records that {@code line} starts at {@code offset}; marks come in increasing order. */
    void mark(long line, long offset) {
        if (size > 0 && offset <= starts[size - 1]) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        starts[size] = offset;
        lines[size++] = line;
    }

    /**
     * The physical line that starts at {@code offset}, counting the newlines between the nearest
     * recorded line start and it.
     */
    long lineAt(long offset, FileChannel channel) throws IOException {
        int i = Arrays.binarySearch(starts, 0, size, offset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            throw new IllegalStateException("offset " + offset + " is before the first line");
        }
        long line = lines[i];
        long at = starts[i];
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        while (at < offset) {
            chunk.clear();
            chunk.limit((int) Math.min(chunk.capacity(), offset - at));
            int n = channel.read(chunk, at);
            if (n < 0) {
                throw new IOException("the file ended before byte " + offset + "; did it change while read?");
            }
            for (int k = 0; k < n; k++) {
                if (chunk.get(k) == '\n') {
                    line++;
                }
            }
            at += n;
        }
        return line;
    }
}
