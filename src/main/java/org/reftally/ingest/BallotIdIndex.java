package org.reftally.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The ballot IDs seen in a run (across all its files), to count each ballot once: the first row
 * with an ID is counted and every later one is rejected.
 *
 * <p>Compact: one open-addressing table of 64-bit entries in a single {@code long[]}. An entry packs
 * a {@value #FINGERPRINT_BITS}-bit fingerprint of the ID's hash with the row's position in the run
 * ({@value #OFFSET_BITS} bits: the byte offset of the row, counted across the run's ID files laid
 * end to end, so 1 TiB of them). The slot comes from other bits of the same 64-bit hash. No ID is
 * kept: the table is kept between 55% and 80% full, so 10 to 15 bytes per ballot (at most 16), where
 * a {@code HashSet<String>} would take a hundred or more. A caller that knows how many rows are
 * coming says so ({@link #expect}) so that the table is sized once.
 *
 * <p>Exact: equal fingerprints do not make a duplicate. On a fingerprint match the earlier row is
 * read again from its file at its offset and its ID compared with this one; only an equal ID is a
 * duplicate. Growing the table reads every recorded ID again (the slot depends on hash bits the
 * entry does not keep), which is why callers size it up front. The earlier row's line number, needed
 * only for the message, comes from the file's sparse {@link LineIndex}. The files must not change
 * while the run reads them.
 *
 * <p>Not thread-safe: the parallel reader calls it from its merging thread only, in file order.
 */
final class BallotIdIndex implements Closeable {

    static final int OFFSET_BITS = 40;
    static final int FINGERPRINT_BITS = 64 - OFFSET_BITS;
    private static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;
    private static final double MAX_LOAD = 0.80;
    private static final double TARGET_LOAD = 0.55;

    private final ToLongFunction<String> hash;
    private final boolean defaultHash;
    private final List<Source> sources = new ArrayList<>();
    private long runBytes;
    private long[] table = new long[1024];
    private long size;

    /** One file whose rows have IDs: how to find an ID again in it. */
    private static final class Source {
        final Path path;
        final String display;
        final char separator;
        final int idColumn;
        final LineIndex lines;
        final long base;
        final long bytes;
        FileChannel channel;

        Source(Path path, String display, char separator, int idColumn, LineIndex lines, long base, long bytes) {
            this.path = path;
            this.display = display;
            this.separator = separator;
            this.idColumn = idColumn;
            this.lines = lines;
            this.base = base;
            this.bytes = bytes;
        }
    }

    BallotIdIndex() {
        this(BallotIdIndex::defaultHash, true);
    }

    /** With another hash function: tests use a colliding one to prove that equal hashes are not duplicates. */
    BallotIdIndex(ToLongFunction<String> hash) {
        this(hash, false);
    }

    private BallotIdIndex(ToLongFunction<String> hash, boolean defaultHash) {
        this.hash = hash;
        this.defaultHash = defaultHash;
    }

    /**
     * Registers a file of {@code bytes} bytes whose rows carry IDs; returns its number for
     * {@link #firstSeen}.
     */
    int register(Path path, String display, char separator, int idColumn, LineIndex lines, long bytes) {
        if (runBytes + bytes > OFFSET_MASK) {
            throw InputFileException.of(display, "the ballot files with ballot_id of one run may hold at most"
                    + " 1 TiB together; split the run");
        }
        sources.add(new Source(path, display, separator, idColumn, lines, runBytes, bytes));
        runBytes += bytes + 1; // + 1: no row of any file sits at run position 0, the empty slot
        return sources.size() - 1;
    }

    /** Makes room for {@code rows} more IDs at once, so that the table need not grow while they come. */
    void expect(long rows) {
        long wanted = (long) ((size + rows) / TARGET_LOAD) + 1;
        if (wanted > table.length) {
            rehash(wanted);
        }
    }

    /** The hash of an ID. */
    long hash(String id) {
        return hash.applyAsLong(id);
    }

    /** The hash of an ID given as ASCII bytes, equal to {@link #hash(String)} of the same text. */
    long hash(byte[] bytes, int from, int to) {
        if (defaultHash) {
            return bytesHash(bytes, from, to);
        }
        return hash.applyAsLong(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** {@link #firstSeen(long, String, int, long)} with the hash of {@code id}. */
    String firstSeen(String id, int source, long offset) {
        return firstSeen(hash(id), id, source, offset);
    }

    /**
     * Records the ID whose hash is {@code h}, first seen in file {@code source} in the row starting
     * at byte {@code offset}, and returns null; or, when it was seen before, returns where
     * ({@code file:line}) and records nothing.
     *
     * @param id the ID, or null to read it from the file when a fingerprint matches
     */
    String firstSeen(long h, String id, int source, long offset) {
        Source s = sources.get(source);
        if (offset <= 0 || offset >= s.bytes) {
            throw new IllegalArgumentException("offset " + offset + " outside " + s.display);
        }
        long position = s.base + offset;
        long fingerprint = fingerprint(h);
        int i = slot(h, table.length);
        for (long e = table[i]; e != 0; e = table[i]) {
            if ((e >>> OFFSET_BITS) == fingerprint) {
                if (id == null) {
                    id = idAt(position);
                }
                if (id.equals(idAt(e & OFFSET_MASK))) {
                    return locate(e & OFFSET_MASK);
                }
            }
            i = i + 1 == table.length ? 0 : i + 1;
        }
        table[i] = (fingerprint << OFFSET_BITS) | position;
        if (++size > table.length * MAX_LOAD) {
            rehash((long) (size / TARGET_LOAD) + 1);
        }
        return null;
    }

    long size() {
        return size;
    }

    /** The memory the table takes, in bytes. */
    long tableBytes() {
        return 8L * table.length;
    }

    /** The slot from the top 32 bits (Lemire's multiply-shift: any table length, no modulo). */
    private static int slot(long h, int length) {
        return (int) (((h >>> 32) * length) >>> 32);
    }

    /** The fingerprint from bits the slot does not use. */
    private static long fingerprint(long h) {
        return h & ((1L << FINGERPRINT_BITS) - 1);
    }

    /** A table of {@code length} slots holding every recorded ID; reads each ID again for its slot. */
    private void rehash(long length) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 1.7 billion ballot IDs in one run");
        }
        long[] old = table;
        table = new long[(int) length];
        for (long e : old) {
            if (e != 0) {
                int i = slot(hash(idAt(e & OFFSET_MASK)), table.length);
                while (table[i] != 0) {
                    i = i + 1 == table.length ? 0 : i + 1;
                }
                table[i] = e;
            }
        }
    }

    private Source sourceAt(long position) {
        int lo = 0;
        int hi = sources.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sources.get(mid).base <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sources.get(lo);
    }

    /** {@code file:line} of a recorded row. */
    private String locate(long position) {
        Source s = sourceAt(position);
        try {
            return s.display + ":" + s.lines.lineAt(position - s.base, channel(s));
        } catch (IOException e) {
            throw cannotReread(s, e);
        }
    }

    /** The ID of the row recorded at run position {@code position}, read again from its file. */
    private String idAt(long position) {
        Source s = sourceAt(position);
        try {
            List<String> cells = RowRereader.read(channel(s), position - s.base, s.separator).cells();
            if (s.idColumn >= cells.size()) {
                throw new IOException("the row at byte " + (position - s.base) + " has no ballot_id any more");
            }
            return cells.get(s.idColumn).strip();
        } catch (IOException e) { // including CharacterCodingException: it was UTF-8 when first read
            throw cannotReread(s, e);
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

    /** FNV-1a over the UTF-8 bytes, then MurmurHash3's 64-bit finalizer to spread the bits. */
    static long defaultHash(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) >= 0x80) {
                byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
                return bytesHash(utf8, 0, utf8.length);
            }
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    /** {@link #defaultHash(String)} of the text whose UTF-8 bytes are {@code bytes[from, to)}. */
    static long bytesHash(byte[] bytes, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= bytes[i] & 0xFF;
            h *= 0x100000001b3L;
        }
        return finish(h);
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
