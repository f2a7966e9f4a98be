package org.reftally.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The physical lines of one chunk of a file, {@code [start, end)}, read with positional reads into
 * a byte buffer, for the parallel reader. Lines are numbered from 1 at {@code start}; the merge
 * turns these into file line numbers. A line (or a quoted record) that starts before {@code end}
 * may run past it: the buffer then grows with further reads, up to the end of the file.
 *
 * <p>The fast path looks at a line's bytes in place ({@link #lineEnd}, {@link #skip}); the slow path
 * reads it as text through {@link PhysicalLines}, decoded exactly as {@link LineSource} does
 * (strict UTF-8, one CR before the LF dropped; a line over {@value LineSource#MAX_LINE_BYTES}
 * bytes refused). Failures are thrown as {@link ChunkFailure} with the chunk's line number.
 *
 * <p>Also counts the newlines of lines starting in {@code [start, end)} and notes where every
 * {@value LineIndex#EVERY}th line starts, for line numbers of earlier rows.
 *
 * <p>Not thread-safe: one per chunk task.
 */
final class ChunkLines implements PhysicalLines {

    private final FileChannel channel;
    private final long end;
    private final long fileSize;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buf;
    private long bufStart;
    private int limit;
    private int pos;
    private long consumed;
    private long newlines;
    private long[] marks = new long[16];
    private int markCount;
    private String text;
    private long lineOffset;

    ChunkLines(FileChannel channel, long start, long end, long fileSize, byte[] buffer) throws IOException {
        this.channel = channel;
        this.end = end;
        this.fileSize = fileSize;
        this.buf = buffer.length >= end - start ? buffer : new byte[(int) (end - start) + 4096];
        this.bufStart = start;
        fill((int) (end - start));
    }

    /** The file offset of the next line to read. */
    long position() {
        return bufStart + pos;
    }

    /** The index in {@link #buf} where the next line starts. */
    int pos() {
        return pos;
    }

    /** The end of the buffered bytes in {@link #buf}. */
    int limit() {
        return limit;
    }

    /** Whether the buffered bytes reach the end of the file. */
    boolean bufferedToEnd() {
        return bufStart + limit >= fileSize;
    }

    /**
     * The index in {@link #buf} of the LF that ends the next line, or of its end when the file ends
     * without one; -1 when there is no next line.
     */
    int lineEnd() throws IOException {
        int from = pos;
        while (true) {
            for (int i = from; i < limit; i++) {
                if (buf[i] == '\n') {
                    checkLength(i - pos);
                    return i;
                }
            }
            checkLength(limit - pos);
            if (bufStart + limit >= fileSize) {
                return limit > pos ? limit : -1;
            }
            int scanned = limit - pos;
            more();
            from = pos + scanned;
        }
    }

    /** Consumes the next line, which ends at {@code lineEnd} (from {@link #lineEnd}). */
    void skip(int lineEnd) {
        consume(lineEnd);
    }

    @Override
    public boolean next() throws IOException {
        int nl = lineEnd();
        if (nl < 0) {
            return false;
        }
        int start = pos;
        consume(nl);
        text = decode(start, nl);
        return true;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public long lineNumber() {
        return consumed;
    }

    @Override
    public long offset() {
        return lineOffset;
    }

    /** Newlines ending lines that start in {@code [start, end)}. */
    long newlines() {
        return newlines;
    }

    /** {@code (line, offset)} pairs, chunk-relative lines. */
    long[] marks() {
        return Arrays.copyOf(marks, markCount * 2);
    }

    private void consume(int nl) {
        lineOffset = bufStart + pos;
        consumed++;
        if (lineOffset < end) {
            if (nl < limit) {
                newlines++;
            }
            if (consumed % LineIndex.EVERY == 1) {
                if (markCount * 2 == marks.length) {
                    marks = Arrays.copyOf(marks, marks.length * 2);
                }
                marks[markCount * 2] = consumed;
                marks[markCount * 2 + 1] = lineOffset;
                markCount++;
            }
        }
        pos = Math.min(nl + 1, limit);
    }

    private void checkLength(int length) {
        if (length > LineSource.MAX_LINE_BYTES) {
            throw new ChunkFailure(consumed + 1, "line longer than " + (LineSource.MAX_LINE_BYTES >> 20)
                    + " MiB; is this really a CSV file?");
        }
    }

    /** Reads more of the file after the buffered bytes, keeping the current line. */
    private void more() throws IOException {
        int keep = limit - pos;
        int want = Math.max(1 << 16, keep);
        if (pos > 0 && keep + want <= buf.length) {
            System.arraycopy(buf, pos, buf, 0, keep);
        } else {
            byte[] bigger = new byte[Math.max(buf.length * 2, keep + want)];
            System.arraycopy(buf, pos, bigger, 0, keep);
            buf = bigger;
        }
        bufStart += pos;
        pos = 0;
        limit = keep;
        fill((int) Math.min(buf.length - keep, fileSize - bufStart - keep));
    }

    private void fill(int n) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buf, limit, n);
        long at = bufStart + limit;
        while (target.hasRemaining()) {
            int r = channel.read(target, at);
            if (r < 0) {
                throw new IOException("the file ended early; was it changed while being read?");
            }
            at += r;
        }
        limit += n;
    }

    private String decode(int from, int to) {
        return Utf8Line.decode(decoder, buf, from, to, at -> new ChunkFailure(consumed, "not valid UTF-8 (byte " + at
                + " of the line); save the file as UTF-8"));
    }
}
