package org.reftally.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time: reading a little-endian word out of a byte array, finding bytes of a kind
 * in it (SWAR, "SIMD within a register"), and hashing words. The ballots fast path reads a line a
 * word per step instead of a byte per step with these.
 *
 * <p>Every byte test here is exact for each byte on its own (no borrow or carry crosses a byte), so
 * the lowest flagged byte of a word is the first byte of that kind, and
 * {@link #firstFlagged} gives its index. Stateless and thread-safe.
 */
final class Words {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long MULTIPLIER = 0x9E3779B97F4A7C15L;

    private Words() {
    }

    /** The eight bytes at {@code b[i, i + 8)} as a little-endian word: byte {@code i} is the lowest. */
    static long at(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** {@code v} in every byte of a word, for {@link #equalTo}. */
    static long broadcast(int v) {
        return (v & 0xFF) * ONES;
    }

    /** The high bit of each byte of {@code x} that equals the byte of {@code everyByte}. */
    static long equalTo(long x, long everyByte) {
        long y = x ^ everyByte;
        return ~(((y & LOW7) + LOW7) | y) & HIGHS;
    }

    /**
     * The high bit of each byte of {@code x} below {@code n} (at most 0x80) or at 0x80 and above, that
     * is, each control character (for {@code n = 0x20}) or space (0x21) and each non-ASCII byte.
     */
    static long belowOrNonAscii(long x, long nEveryByte) {
        return (~((x | HIGHS) - nEveryByte) | x) & HIGHS;
    }

    /** The index (0 to 7) of the lowest byte flagged in {@code mask}, which is not 0. */
    static int firstFlagged(long mask) {
        return Long.numberOfTrailingZeros(mask) >>> 3;
    }

    /** The lowest {@code n} bytes of {@code x} (0 to 7), the rest zero. */
    static long low(long x, int n) {
        return x & ((1L << (n << 3)) - 1);
    }

    /** Mixes a whole word into a running hash. */
    static long mix(long h, long word) {
        return (h ^ word) * MULTIPLIER;
    }

    /**
     * Ends a running hash with the last, partial word ({@link #low}: zero when the bytes were whole
     * words) and the length in bytes, so that "A" and "A\0" differ; then spreads the bits
     * (MurmurHash3's 64-bit finalizer), since slots, shards and fingerprints use different bits.
     */
    static long finish(long h, long tail, int length) {
        h = ((h ^ tail) * MULTIPLIER) ^ length;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** The hash of {@code b[from, to)}: whole words mixed in, then {@link #finish}; as the fast path computes it. */
    static long hash(long seed, byte[] b, int from, int to) {
        long h = seed;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = mix(h, at(b, i));
        }
        long tail = 0;
        for (int k = to - 1; k >= i; k--) {
            tail = (tail << 8) | (b[k] & 0xFF);
        }
        return finish(h, tail, to - from);
    }
}
