package org.reftally.ingest;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.ToLongFunction;

/**
 * The ballot IDs seen in a run (across all its files), to count each ballot once: the first row
 * with an ID is counted and every later one is rejected.
 *
 * <p>Compact: {@value #SHARDS} {@link IdShard}s, each one open-addressing table of 64-bit entries
 * packing a fingerprint of the ID's hash with the row's position in the run (the byte offset of the
 * row, counted across the run's ID files laid end to end, so 1 TiB of them: {@link IdSources}). No
 * ID is kept: the tables are kept between 55% and 80% full, so 10 to 15 bytes per ballot (at most
 * 16), where a {@code HashSet<String>} would take a hundred or more. A caller that knows how many
 * rows are coming says so ({@link #expect}) so that the tables are sized once.
 *
 * <p>Exact: equal fingerprints do not make a duplicate. On a fingerprint match the earlier row is
 * read again from its file at its offset and its ID compared with this one; only an equal ID is a
 * duplicate. The earlier row's line number, needed only for the message, comes from the file's
 * sparse {@link LineIndex}. The files must not change while the run reads them.
 *
 * <p>Sharded so that the check can run on several threads without changing its result: an ID's
 * shard depends on its hash only, so equal IDs always meet in the same shard, and whether a row
 * repeats an earlier one depends only on the order in which its own shard saw the IDs. The
 * parallel reader checks each chunk's IDs shard by shard, shards on several threads at once, each
 * shard in file order.
 *
 * <p>Thread-safety: {@link #register}, {@link #expect} and {@link #close} on one thread with no
 * check running. {@link #firstSeen} for IDs of different shards ({@link #shardOf}) may run on
 * different threads at once; calls for one shard must come one at a time, in file order (each
 * hand-over a happens-before edge), and no {@link LineIndex} may be filled meanwhile.
 */
final class BallotIdIndex implements Closeable {

    /** The number of shards, a power of two: enough to spread the work, few enough to stay small. */
    static final int SHARDS = 64;

    /** The seed of the ID hash ({@link Words#hash}): the fast path starts its running hash with it. */
    static final long SEED = 0xcbf29ce484222325L;

    private final ToLongFunction<String> hash;
    private final boolean defaultHash;
    private final IdSources sources = new IdSources();
    private final IdShard[] shards = new IdShard[SHARDS];

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
        for (int s = 0; s < SHARDS; s++) {
            shards[s] = new IdShard();
        }
    }

    /**
     * Registers a file of {@code bytes} bytes whose rows carry IDs; returns its number for
     * {@link #firstSeen}.
     */
    int register(Path path, String display, char separator, int idColumn, LineIndex lines, long bytes) {
        return sources.register(path, display, separator, idColumn, lines, bytes);
    }

    /** Makes room for {@code rows} more IDs at once, so that the tables need not grow while they come. */
    void expect(long rows) {
        for (IdShard shard : shards) {
            shard.expect(rows / SHARDS + 1, hash, sources);
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

    /** The shard of the ID hashed {@code h}: bits that neither the slot nor the fingerprint uses. */
    static int shardOf(long h) {
        return (int) (h >>> IdShard.FINGERPRINT_BITS) & (SHARDS - 1);
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
        return shards[shardOf(h)].firstSeen(h, id, sources.position(source, offset), hash, sources);
    }

    /**
     * Records the IDs of shard {@code shard} among (hash, byte offset) {@code pairs} (pair indices
     * {@code from} to {@code to}) of file {@code source}, in file order, reporting the ones seen
     * before; see {@link IdShard#recordAll}. Same threading as {@link #firstSeen}.
     */
    void recordAll(int shard, long[] pairs, int from, int to, int source, IdShard.Repeats repeats) {
        if (from < to) {
            shards[shard].recordAll(pairs, from, to, sources.base(source), repeats, hash, sources);
        }
    }

    long size() {
        long size = 0;
        for (IdShard shard : shards) {
            size += shard.size();
        }
        return size;
    }

    /** The memory the tables take, in bytes. */
    long tableBytes() {
        long bytes = 0;
        for (IdShard shard : shards) {
            bytes += shard.tableBytes();
        }
        return bytes;
    }

    @Override
    public void close() {
        sources.close();
    }

    /** Whether IDs are hashed by {@link #bytesHash}, which the fast path computes while it scans. */
    boolean hashesWords() {
        return defaultHash;
    }

    /** {@link #bytesHash} of the ID's UTF-8 bytes. */
    static long defaultHash(String id) {
        byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
        return bytesHash(utf8, 0, utf8.length);
    }

    /**
     * The hash of the ID whose UTF-8 bytes are {@code bytes[from, to)}: eight bytes a step
     * ({@link Words#hash}), so that the fast path hashes an ID in the same pass that finds its end.
     */
    static long bytesHash(byte[] bytes, int from, int to) {
        return Words.hash(SEED, bytes, from, to);
    }
}
