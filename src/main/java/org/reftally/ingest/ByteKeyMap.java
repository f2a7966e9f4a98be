package org.reftally.ingest;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A map from short byte strings (one slice, or two slices read as one key) to {@code int} values,
 * looked up without making a {@code String}: the parallel reader's way from a cell's bytes to a
 * dense unit or mark index. Keys are copied in on {@link #put}; lookups compare bytes exactly.
 *
 * <p>Not thread-safe: one per worker.
 */
final class ByteKeyMap {

    /** What {@link #get} returns for a key not in the map. */
    static final int ABSENT = Integer.MIN_VALUE;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);

    private int[] slots = new int[64];
    private int[] hashes = new int[32];
    private int[] keyStart = new int[32];
    private int[] keyLength = new int[32];
    private int[] values = new int[32];
    private byte[] keys = new byte[1024];
    private int keysUsed;
    private int size;

    /** The value of key {@code a[aFrom, aTo)} + {@code b[bFrom, bTo)} (b empty for one slice), or {@link #ABSENT}. */
    int get(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int h = hash(a, aFrom, aTo, b, bFrom, bTo);
        int mask = slots.length - 1;
        for (int i = h & mask; slots[i] != 0; i = (i + 1) & mask) {
            int e = slots[i] - 1;
            if (hashes[e] == h && equal(e, a, aFrom, aTo, b, bFrom, bTo)) {
                return values[e];
            }
        }
        return ABSENT;
    }

    /** Adds a key that {@link #get} did not find. */
    void put(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, int value) {
        int h = hash(a, aFrom, aTo, b, bFrom, bTo);
        int length = (aTo - aFrom) + 1 + (bTo - bFrom);
        if (size == values.length) {
            int n = size * 2;
            hashes = Arrays.copyOf(hashes, n);
            keyStart = Arrays.copyOf(keyStart, n);
            keyLength = Arrays.copyOf(keyLength, n);
            values = Arrays.copyOf(values, n);
        }
        if (keysUsed + length > keys.length) {
            keys = Arrays.copyOf(keys, Math.max(keys.length * 2, keysUsed + length));
        }
        System.arraycopy(a, aFrom, keys, keysUsed, aTo - aFrom);
        keys[keysUsed + aTo - aFrom] = 0; // between the slices: no fast-path cell holds a NUL byte
        System.arraycopy(b, bFrom, keys, keysUsed + aTo - aFrom + 1, bTo - bFrom);
        hashes[size] = h;
        keyStart[size] = keysUsed;
        keyLength[size] = length;
        values[size] = value;
        keysUsed += length;
        size++;
        if (size * 2 > slots.length) {
            slots = new int[slots.length * 2];
            for (int e = 0; e < size; e++) {
                insert(e);
            }
        } else {
            insert(size - 1);
        }
    }

    private void insert(int e) {
        int mask = slots.length - 1;
        int i = hashes[e] & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = e + 1;
    }

    private boolean equal(int e, byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int aLength = aTo - aFrom;
        if (keyLength[e] != aLength + 1 + (bTo - bFrom)) {
            return false;
        }
        int k = keyStart[e];
        return same(keys, k, a, aFrom, aTo) && keys[k + aLength] == 0
                && same(keys, k + aLength + 1, b, bFrom, bTo);
    }

    /** Whether {@code x[xFrom, ...)} starts with {@code y[yFrom, yTo)}: 8 bytes a step, for short cells. */
    private static boolean same(byte[] x, int xFrom, byte[] y, int yFrom, int yTo) {
        int d = xFrom - yFrom;
        int i = yFrom;
        for (; i + 8 <= yTo; i += 8) {
            if ((long) LONGS.get(x, i + d) != (long) LONGS.get(y, i)) {
                return false;
            }
        }
        for (; i < yTo; i++) {
            if (x[i + d] != y[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hashes 8 bytes a step (a multiply per word, not per byte: this runs for two or three cells of
     * every ballot row). The tail is read byte by byte: never past {@code to}, whatever follows.
     */
    private static int hash(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        long h = mixIn(0x9E3779B97F4A7C15L, a, aFrom, aTo);
        h = mixIn(h * 0x100000001B3L + 0x7F, b, bFrom, bTo);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    private static long mixIn(long h, byte[] x, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = (h ^ (long) LONGS.get(x, i)) * 0x9E3779B97F4A7C15L;
        }
        long tail = to - from; // the length, so that "A" and "A\0" cannot meet
        for (; i < to; i++) {
            tail = (tail << 8) | (x[i] & 0xFF);
        }
        return (h ^ tail) * 0xC2B2AE3D27D4EB4FL;
    }
}
