package org.reftally.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The ballot IDs seen in a run (across all its files), to count each ballot once: the first row
 * with an ID is counted and every later one is rejected.
 *
 * <p>Compact: an open-addressing table of 64-bit hashes of the IDs in a {@code long[]}, with, in a
 * parallel {@code long[]}, where each was first seen (file number in the top 16 bits, the row's
 * byte offset in the low 48). No ID string is kept: 24 to 48 bytes per ballot (the table is kept
 * between a third and two thirds full) instead of a hundred or more for a {@code HashSet<String>}.
 *
 * <p>Exact: equal hashes do not make a duplicate. On a hash match the earlier row is read again
 * from its file at the recorded offset (a {@link FileChannel} positional read) and its ID compared
 * with this one; only an equal ID is a duplicate. The earlier row's line number, needed only for
 * the message, comes from the file's sparse {@link LineIndex}. The files must not change while
 * the run reads them.
 *
 * <p>Not thread-safe.
 */
final class BallotIdIndex implements Closeable {

    private static final int OFFSET_BITS = 48;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    private static final int MAX_SOURCES = 1 << 15;

    private final ToLongFunction<String> hash;
    private final List<Source> sources = new ArrayList<>();
    private long[] hashes = new long[1024];
    private long[] where = new long[1024];
    private int size;

    /** One file whose rows have IDs: how to find an ID again in it. */
    private static final class Source {
        final Path path;
        final String display;
        final char separator;
        final int idColumn;
        final LineIndex lines;
        FileChannel channel;

        Source(Path path, String display, char separator, int idColumn, LineIndex lines) {
            this.path = path;
            this.display = display;
            this.separator = separator;
            this.idColumn = idColumn;
            this.lines = lines;
        }
    }

    BallotIdIndex() {
        this(BallotIdIndex::defaultHash);
    }

    /** With another hash function: tests use a colliding one to prove that equal hashes are not duplicates. */
    BallotIdIndex(ToLongFunction<String> hash) {
        this.hash = hash;
    }

    /** Registers a file whose rows carry IDs; returns its number for {@link #firstSeen}. */
    int register(Path path, String display, char separator, int idColumn, LineIndex lines) {
        if (sources.size() == MAX_SOURCES) {
            throw new IllegalArgumentException("at most " + MAX_SOURCES + " ballot files with ballot_id per run");
        }
        sources.add(new Source(path, display, separator, idColumn, lines));
        return sources.size() - 1;
    }

    /**
     * Records {@code id}, first seen in file {@code source} in the row starting at byte {@code offset},
     * and returns null; or, when it was seen before, returns where ({@code file:line}) and records nothing.
     */
    String firstSeen(String id, int source, long offset) {
        if (offset < 0 || offset > OFFSET_MASK) {
            throw new IllegalArgumentException("offset beyond 256 TiB: " + offset);
        }
        long h = hash.applyAsLong(id);
        if (h == 0) {
            h = 1; // 0 marks an empty slot
        }
        int mask = hashes.length - 1;
        int i = spread(h) & mask;
        while (hashes[i] != 0) {
            if (hashes[i] == h && id.equals(idAt(where[i]))) {
                return locate(where[i]);
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        where[i] = ((long) source << OFFSET_BITS) | offset;
        if (++size * 3L > hashes.length * 2L) {
            grow();
        }
        return null;
    }

    int size() {
        return size;
    }

    private static int spread(long h) {
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldWhere = where;
        hashes = new long[oldHashes.length * 2];
        where = new long[oldWhere.length * 2];
        int mask = hashes.length - 1;
        for (int k = 0; k < oldHashes.length; k++) {
            if (oldHashes[k] != 0) {
                int i = spread(oldHashes[k]) & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[k];
                where[i] = oldWhere[k];
            }
        }
    }

    /** {@code file:line} of a recorded row. */
    private String locate(long packed) {
        Source s = sources.get((int) (packed >>> OFFSET_BITS));
        try {
            return s.display + ":" + s.lines.lineAt(packed & OFFSET_MASK, channel(s));
        } catch (IOException e) {
            throw cannotReread(s, e);
        }
    }

    /** The ID of the row recorded at {@code packed}, read again from its file. */
    private String idAt(long packed) {
        Source s = sources.get((int) (packed >>> OFFSET_BITS));
        try {
            FileChannel ch = channel(s);
            RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator(s.separator).build();
            List<String> cells = new ArrayList<>();
            long at = packed & OFFSET_MASK;
            int lines = 0;
            do {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                at = readLine(ch, at, line);
                byte[] bytes = line.toByteArray();
                int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, n)).toString();
                String[] parsed = parser.parseLineMulti(text);
                if (parsed != null) {
                    Collections.addAll(cells, parsed);
                }
                lines++;
            } while (parser.isPending() && lines < CsvRows.MULTILINE_LIMIT && at >= 0);
            if (s.idColumn >= cells.size()) {
                throw new IOException("the row at byte " + (packed & OFFSET_MASK) + " has no ballot_id any more");
            }
            return cells.get(s.idColumn).strip();
        } catch (IOException e) { // including CharacterCodingException: it was UTF-8 when first read
            throw cannotReread(s, e);
        }
    }

    /** Appends the bytes of the line at {@code at} (without LF); returns the next line's offset, or -1 at the end. */
    private static long readLine(FileChannel ch, long at, ByteArrayOutputStream out) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(4096);
        while (true) {
            chunk.clear();
            int n = ch.read(chunk, at);
            if (n <= 0) {
                return -1;
            }
            for (int k = 0; k < n; k++) {
                if (chunk.get(k) == '\n') {
                    out.write(chunk.array(), 0, k);
                    return at + k + 1;
                }
            }
            out.write(chunk.array(), 0, n);
            at += n;
            if (out.size() > LineSource.MAX_LINE_BYTES) {
                throw new IOException("line too long");
            }
        }
    }

    private static FileChannel channel(Source s) throws IOException {
        if (s.channel == null) {
            s.channel = FileChannel.open(s.path, StandardOpenOption.READ);
        }
        return s.channel;
    }

    private static InputFileException cannotReread(Source s, Exception e) {
        return InputFileException.of(s.display, "cannot read the file again to confirm a duplicate ballot_id ("
                + e.getMessage() + "); was it changed while being read?");
    }

    @Override
    public void close() {
        IOException failure = null;
        for (Source s : sources) {
            if (s.channel != null) {
                try {
                    s.channel.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }

    /** FNV-1a over the UTF-16 code units, then MurmurHash3's 64-bit finalizer to spread the bits. */
    static long defaultHash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
