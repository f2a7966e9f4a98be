package org.reftally.ingest;

/**
 * The seeded pseudo-random stream behind every random choice of the generator: SplitMix64
 * (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014).
 *
 * <p>Written out here rather than taken from {@code java.util.Random} or {@code SplittableRandom}
 * because "same seed, same bytes" must hold across JDK versions and vendors, and only an
 * algorithm we own is guaranteed not to change. Each use draws from its own stream (a seed and a
 * stream number), so adding a draw in one place never shifts the numbers drawn in another.
 *
 * <p>Not thread-safe: one instance per use.
 */
final class SyntheticRandom {

    /** The odd constant of SplitMix64: 2^64 divided by the golden ratio. */
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    /** Stream of the per-jurisdiction share deviations. */
    static final long STREAM_SPREAD = 1;
    /** Stream of the row-order permutation keys. */
    static final long STREAM_ORDER = 2;

    private long state;

    SyntheticRandom(long seed, long stream) {
        this.state = mix(seed ^ mix(stream * GAMMA + GAMMA));
    }

    /** The next 64 uniformly distributed bits. */
    long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** A uniform value in {@code [0, bound)}, without modulo bias (rejection of the short last range). */
    long nextLong(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long limit = Long.MAX_VALUE - Long.MAX_VALUE % bound;
        long r;
        do {
            r = nextLong() >>> 1;
        } while (r >= limit);
        return r % bound;
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix (also the Feistel round function). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
