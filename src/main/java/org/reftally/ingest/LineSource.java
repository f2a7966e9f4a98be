package org.reftally.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The physical lines of one input, decoded strictly as UTF-8, with their 1-based line numbers and
 * byte offsets, while hashing every byte read with SHA-256.
 *
 * <p>A leading UTF-8 byte order mark is skipped (it is still hashed and counted). Lines end at LF;
 * one CR before the LF (or at the very end) is dropped; a last line without a newline is a line.
 * Bytes that are not UTF-8 stop the read with an {@link InputFileException} naming the line: a
 * silently replaced character could turn one option into another. Lines longer than
 * {@value #MAX_LINE_BYTES} bytes (1 MiB, without the terminator) are refused for the same reason
 * a binary file is: no ballot or returns row comes near it, and the cap keeps the memory of one
 * line bounded whatever the input (a 1 GB file without a newline costs 1 MiB, not 1 GB).
 *
 * <p>{@link #next} decodes each line as it is reached; {@link #advance} only finds it, for a fast
 * path that looks at the bytes first ({@link #lineBytes}, {@link #lineStart}, {@link #lineEnd}) and
 * decodes, through {@link #text}, only the lines it does not handle itself.
 *
 * <p>Not thread-safe: one reader, front to back.
 */
final class LineSource implements PhysicalLines, Closeable {

    static final int MAX_LINE_BYTES = 1 << 20;

    private final String file;
    private final DigestInputStream in;
    private final MessageDigest digest;
    private boolean hashing = true;
    private final LineIndex index;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long bufferStart;
    private boolean eof;
    private byte[] carry = new byte[256];
    private int carryLen;
    private long lineNumber;
    private long lineOffset;
    private String text;
    private byte[] lineBytes;
    private int lineStart;
    private int lineEnd;

    /**
     * @param file  the name used in messages
     * @param in    the bytes; closed with this source
     * @param index where to record line start offsets for later re-reading, or null
     */
    LineSource(String file, InputStream in, LineIndex index) throws IOException {
        this.file = file;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        this.in = new DigestInputStream(in, digest);
        this.index = index;
        // Fill enough to see a whole byte order mark even if the first read returns less.
        while (limit < 3 && !eof) {
            int n = this.in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /** Advances to the next physical line; false at the end of the input. */
    @Override
    public boolean next() throws IOException {
        if (!advance()) {
            return false;
        }
        text();
        return true;
    }

    /**
     * Advances to the next physical line without decoding it; false at the end of the input. Its
     * bytes stay in place until the next call; {@link #text} decodes them (and refuses invalid
     * UTF-8) when asked, so a caller that skips {@code text()} must check the bytes itself.
     */
    boolean advance() throws IOException {
        lineOffset = bufferStart + pos;
        carryLen = 0;
        boolean terminated = false;
        int start = -1;
        int end = -1;
        while (true) {
            if (pos >= limit && !refill()) {
                break;
            }
            int nl = indexOfNewline(pos, limit);
            if (nl >= 0) {
                if (carryLen == 0) {
                    start = pos;
                    end = nl;
                } else {
                    append(pos, nl);
                }
                pos = nl + 1;
                terminated = true;
                break;
            }
            append(pos, limit);
            pos = limit;
        }
        if (!terminated && carryLen == 0) {
            return false;
        }
        lineNumber++;
        if (index != null) {
            index.lineStarts(lineNumber, lineOffset);
        }
        text = null;
        if (start >= 0) {
            lineBytes = buf;
            lineStart = start;
            lineEnd = end;
        } else {
            lineBytes = carry;
            lineStart = 0;
            lineEnd = carryLen;
        }
        return true;
    }

    /** The current line without its terminator, decoded on first use. */
    @Override
    public String text() {
        if (text == null) {
            text = decode(lineBytes, lineStart, lineEnd);
        }
        return text;
    }

    /** The array holding the current line's bytes, from {@link #lineStart} to {@link #lineEnd}. */
    byte[] lineBytes() {
        return lineBytes;
    }

    /** Where the current line starts in {@link #lineBytes}. */
    int lineStart() {
        return lineStart;
    }

    /** Where the current line ends in {@link #lineBytes}: at its LF, so a CR before it is included. */
    int lineEnd() {
        return lineEnd;
    }

    /** The current line's number, 1-based. */
    @Override
    public long lineNumber() {
        return lineNumber;
    }

    /** The byte offset in the file where the current line starts. */
    @Override
    public long offset() {
        return lineOffset;
    }

    /** The byte offset where the line after the current one starts. */
    long nextOffset() {
        return bufferStart + pos;
    }

    /** The bytes read so far (the whole file once {@link #next} has returned false). */
    long bytesRead() {
        return bufferStart + limit;
    }

    /** Lower-case hex SHA-256 of every byte read; call once, after the end was reached. */
    String sha256() {
        if (!hashing) {
            throw new IllegalStateException("the file is hashed elsewhere");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Stops hashing the bytes read from now on: the caller hashes the whole file elsewhere. */
    void stopHashing() {
        hashing = false;
        in.on(false);
    }

    private boolean refill() throws IOException {
        if (eof) {
            return false;
        }
        bufferStart += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit = n;
        return true;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int to) {
        int n = to - from;
        if (carryLen + n > MAX_LINE_BYTES) {
            throw InputFileException.at(file, lineNumber + 1, "line longer than " + (MAX_LINE_BYTES >> 20)
                    + " MiB; is this really a CSV file?");
        }
        if (carryLen + n > carry.length) {
            carry = java.util.Arrays.copyOf(carry, Math.max(carry.length * 2, carryLen + n));
        }
        System.arraycopy(buf, from, carry, carryLen, n);
        carryLen += n;
    }

    private String decode(byte[] bytes, int from, int to) {
        return Utf8Line.decode(decoder, bytes, from, to, at -> InputFileException.at(file, lineNumber,
                "not valid UTF-8 (byte " + at + " of the line); save the file as UTF-8"));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
