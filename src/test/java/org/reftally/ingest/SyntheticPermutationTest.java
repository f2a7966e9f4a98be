package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SyntheticPermutationTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 15, 16, 17, 63, 64, 65, 1000})
    void permutationHitsEveryIndexOnceAtEdgeSizes(long size) {
        assertBijection(new SyntheticPermutation(size, 42));
    }

    @Test
    void permutationIsABijectionForSeededRandomSizesAndSeeds() {
        Random random = new Random(20240501L);
        for (int trial = 0; trial < 200; trial++) {
            long size = 1 + random.nextInt(3000);
            assertBijection(new SyntheticPermutation(size, random.nextLong()));
        }
    }

    @Test
    void invertUndoesApply() {
        SyntheticPermutation p = new SyntheticPermutation(1_000_003, 7);
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            long x = (long) (random.nextDouble() * 1_000_003);
            assertThat(p.invert(p.apply(x))).isEqualTo(x);
            assertThat(p.apply(p.invert(x))).isEqualTo(x);
        }
    }

    @Test
    void largeDomainsStayInRange() {
        long size = SyntheticPermutation.MAX_SIZE;
        SyntheticPermutation p = new SyntheticPermutation(size, 3);
        for (long x : new long[] {0, 1, size / 2, size - 1}) {
            assertThat(p.apply(x)).isBetween(0L, size - 1);
            assertThat(p.invert(p.apply(x))).isEqualTo(x);
        }
    }

    @Test
    void differentSeedsGiveDifferentOrders() {
        SyntheticPermutation a = new SyntheticPermutation(1000, 1);
        SyntheticPermutation b = new SyntheticPermutation(1000, 2);
        int same = 0;
        for (long i = 0; i < 1000; i++) {
            same += a.apply(i) == b.apply(i) ? 1 : 0;
        }
        assertThat(same).isLessThan(50);
    }

    @Test
    void theOrderIsNotTheIdentity() {
        SyntheticPermutation p = new SyntheticPermutation(10_000, 5);
        int fixed = 0;
        int ascending = 0;
        for (long i = 0; i < 10_000; i++) {
            fixed += p.apply(i) == i ? 1 : 0;
            ascending += i > 0 && p.apply(i) > p.apply(i - 1) ? 1 : 0;
        }
        assertThat(fixed).isLessThan(100);
        // A shuffled order rises about half the time; a sorted one always, a reversed one never.
        assertThat(ascending).isBetween(4000, 6000);
    }

    @Test
    void indicesOutsideTheDomainAreRefused() {
        SyntheticPermutation p = new SyntheticPermutation(10, 1);
        assertThatThrownBy(() -> p.apply(10)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.invert(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new SyntheticPermutation(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertBijection(SyntheticPermutation p) {
        int size = (int) p.size();
        boolean[] hit = new boolean[size];
        for (int i = 0; i < size; i++) {
            long image = p.apply(i);
            assertThat(image).as("image of %d of %d", i, size).isBetween(0L, size - 1L);
            assertThat(hit[(int) image]).as("%d hit twice in %d", image, size).isFalse();
            hit[(int) image] = true;
            assertThat(p.invert(image)).isEqualTo(i);
        }
    }
}
