package org.reftally.ingest;

/**
 * A seeded bijection of {@code [0, size)} onto itself, computed one index at a time in constant
 * memory: the row order of generated ballot files.
 *
 * <p>It is a balanced Feistel network of {@value #ROUNDS} rounds over the smallest even number of
 * bits that covers {@code size}, with cycle walking (Black and Rogaway, "Ciphers with arbitrary
 * finite domains", CT-RSA 2002): an image outside {@code [0, size)} is encrypted again until it
 * falls inside. A Feistel network is a permutation whatever its round function, and cycle
 * walking restricts a permutation to a subset, so {@link #apply} is a bijection by construction;
 * {@link #invert} undoes it. The domain is at most four times {@code size}, so a walk takes fewer
 * than four steps on average.
 *
 * <p>This orders rows; it is not cryptography and makes no secrecy claim. Immutable and
 * thread-safe.
 */
final class SyntheticPermutation {

    /** Four rounds: three already make a pseudo-random permutation (Luby and Rackoff, 1988). */
    private static final int ROUNDS = 4;

    /** The largest size: 2^62, so that both halves fit 31 bits and no shift overflows. */
    static final long MAX_SIZE = 1L << 62;

    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys;

    SyntheticPermutation(long size, long seed) {
        if (size < 0 || size > MAX_SIZE) {
            throw new IllegalArgumentException("a permutation covers 0 to 2^62 items, not " + size);
        }
        this.size = size;
        int bits = 2;
        while (bits < 62 && (1L << bits) < size) {
            bits += 2;
        }
        this.halfBits = bits / 2;
        this.halfMask = (1L << halfBits) - 1;
        SyntheticRandom random = new SyntheticRandom(seed, SyntheticRandom.STREAM_ORDER);
        this.keys = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            keys[i] = random.nextLong();
        }
    }

    long size() {
        return size;
    }

    /** The image of {@code index}, in {@code [0, size)}. */
    long apply(long index) {
        check(index);
        long x = encrypt(index);
        while (x >= size) {
            x = encrypt(x);
        }
        return x;
    }

    /** The index whose image is {@code value}: {@code invert(apply(i)) == i}. */
    long invert(long value) {
        check(value);
        long x = decrypt(value);
        while (x >= size) {
            x = decrypt(x);
        }
        return x;
    }

    private void check(long index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " outside [0, " + size + ")");
        }
    }

    private long encrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int i = 0; i < ROUNDS; i++) {
            long next = left ^ (SyntheticRandom.mix(right ^ keys[i]) & halfMask);
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    private long decrypt(long x) {
        long left = x >>> halfBits;
        long right = x & halfMask;
        for (int i = ROUNDS - 1; i >= 0; i--) {
            long previous = right ^ (SyntheticRandom.mix(left ^ keys[i]) & halfMask);
            right = left;
            left = previous;
        }
        return (left << halfBits) | right;
    }
}
