package org.reftally.ingest;

import java.util.function.ToLongFunction;

/**
 * One shard of the {@link BallotIdIndex}: an open-addressing table of 64-bit entries in a single
 * {@code long[]}, each packing a {@value #FINGERPRINT_BITS}-bit fingerprint of an ID's hash with the
 * run position of the row that first had it ({@value IdSources#OFFSET_BITS} bits). The slot comes
 * from the hash's top 32 bits, the fingerprint from its low {@value #FINGERPRINT_BITS} bits, and the
 * index picks the shard from the bits in between, so the three are independent.
 *
 * <p>Kept between 55% and 80% full. Exact: a fingerprint match is confirmed by reading both rows'
 * IDs again from their files; growing reads every recorded ID again (the slot depends on hash bits
 * an entry does not keep).
 *
 * <p>Not thread-safe: one thread at a time (the parallel reader hands a shard from chunk to chunk
 * in file order, each hand-over a happens-before edge).
 */
final class IdShard {

    static final int FINGERPRINT_BITS = 64 - IdSources.OFFSET_BITS;
    static final double MAX_LOAD = 0.80;
    static final double TARGET_LOAD = 0.55;

    private long[] table = new long[16];
    private long size;
    /** The sum of the slots read ahead by {@link #recordAll}, kept so that the reads are not optimised away. */
    private long peeked;

    /** Makes room for {@code rows} more IDs at once. */
    void expect(long rows, ToLongFunction<String> hash, IdSources sources) {
        long wanted = (long) ((size + rows) / TARGET_LOAD) + 1;
        if (wanted > table.length) {
            rehash(wanted, hash, sources);
        }
    }

    /**
     * Records the ID hashed {@code h} at run position {@code position} and returns null; or, when an
     * equal ID was recorded before, returns where ({@code file:line}) and records nothing.
     *
     * @param id the ID, or null to read it from the file when a fingerprint matches
     */
    String firstSeen(long h, String id, long position, ToLongFunction<String> hash, IdSources sources) {
        long fingerprint = h & ((1L << FINGERPRINT_BITS) - 1);
        long[] t = table;
        int i = slot(h, t.length);
        for (long e = t[i]; e != 0; e = t[i]) {
            if ((e >>> IdSources.OFFSET_BITS) == fingerprint) {
                String first = confirm(e, id, position, sources);
                if (first != null) {
                    return first;
                }
            }
            i = i + 1 == t.length ? 0 : i + 1;
        }
        t[i] = (fingerprint << IdSources.OFFSET_BITS) | position;
        if (++size > t.length * MAX_LOAD) {
            rehash((long) (size / TARGET_LOAD) + 1, hash, sources);
        }
        return null;
    }

    /**
     * Where the row of entry {@code e} is ({@code file:line}) when its ID equals this one, read again
     * from the files; null when only the fingerprints are equal. Apart from the probe loop on
     * purpose: it is rare and reads files, and the JIT then compiles the loop alone, quickly.
     */
    private static String confirm(long e, String id, long position, IdSources sources) {
        String mine = id != null ? id : sources.idAt(position);
        long earlier = e & IdSources.OFFSET_MASK;
        return mine.equals(sources.idAt(earlier)) ? sources.locate(earlier) : null;
    }

    /** Where {@link #recordAll} reports an ID that repeats an earlier one. */
    @FunctionalInterface
    interface Repeats {
        void repeat(long offset, String first);
    }

    /**
     * Records a batch of IDs of one file, in file order: {@code pairs} holds (hash, byte offset)
     * pairs, those from {@code from} to {@code to} (pair indices) are this shard's, and a row's run
     * position is {@code base} plus its offset. Each ID already recorded is reported to
     * {@code repeats} instead.
     *
     * <p>The table is far larger than the cache, and a probe loop that waits for memory at every ID
     * is what made checking IDs the slowest stage of reading. So the batch's first slots are read
     * once beforehand: those reads do not depend on each other, the processor overlaps their cache
     * misses, and the probes that follow find the slots in cache (the batch's lines fit in L2).
     */
    void recordAll(long[] pairs, int from, int to, long base, Repeats repeats, ToLongFunction<String> hash,
            IdSources sources) {
        long[] t = table;
        long peeked = 0;
        for (int i = from; i < to; i++) {
            peeked += t[slot(pairs[2 * i], t.length)];
        }
        this.peeked = peeked;
        for (int i = from; i < to; i++) {
            long offset = pairs[2 * i + 1];
            String first = firstSeen(pairs[2 * i], null, base + offset, hash, sources);
            if (first != null) {
                repeats.repeat(offset, first);
            }
        }
    }

    long size() {
        return size;
    }

    long tableBytes() {
        return 8L * table.length;
    }

    /** The slot from the top 32 bits (Lemire's multiply-shift: any table length, no modulo). */
    private static int slot(long h, int length) {
        return (int) (((h >>> 32) * length) >>> 32);
    }

    private void rehash(long length, ToLongFunction<String> hash, IdSources sources) {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("more than 1.7 billion ballot IDs in one shard of a run");
        }
        long[] old = table;
        table = new long[(int) length];
        for (long e : old) {
            if (e != 0) {
                int i = slot(hash.applyAsLong(sources.idAt(e & IdSources.OFFSET_MASK)), table.length);
                while (table[i] != 0) {
                    i = i + 1 == table.length ? 0 : i + 1;
                }
                table[i] = e;
            }
        }
    }
}
