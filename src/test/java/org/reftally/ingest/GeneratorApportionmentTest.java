package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

class GeneratorApportionmentTest {

    @Test
    void leftoverBallotsGoToTheLargestRemainders() {
        // Quotas 3.5, 2.1, 1.4: floors 3, 2, 1 leave one ballot, which goes to the remainder 0.5.
        assertThat(split(7, 5, 3, 2)).containsExactly(4, 2, 1);
        // Quotas 1.8, 1.2: the remainder 0.8 beats 0.2.
        assertThat(split(3, 3, 2)).containsExactly(2, 1);
    }

    @Test
    void equalRemaindersGoToTheEarlierPart() {
        assertThat(split(1, 1, 1, 1)).containsExactly(1, 0, 0);
        assertThat(split(100, 1, 1, 1)).containsExactly(34, 33, 33);
        assertThat(split(5, 1, 1)).containsExactly(3, 2);
    }

    @Test
    void zeroWeightsGetNothing() {
        assertThat(split(10, 0, 1, 0)).containsExactly(0, 10, 0);
    }

    @Test
    void partsSumToTheTotalAndStayWithinOneOfTheirQuota() {
        Random random = new Random(77);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(60);
            long total = random.nextInt(4) == 0 ? random.nextInt(20) : Math.abs(random.nextLong() % 1_000_000_000_000L);
            List<Fraction> weights = new ArrayList<>();
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long w = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(40_000_000);
                weights.add(Fraction.of(w));
                sum += w;
            }
            if (sum == 0) {
                continue;
            }
            long[] parts = GeneratorApportionment.largestRemainder(total, weights);
            long assigned = 0;
            for (int i = 0; i < n; i++) {
                BigInteger scaled = BigInteger.valueOf(parts[i]).multiply(BigInteger.valueOf(sum));
                BigInteger quotaTimesSum = weights.get(i).numerator().multiply(BigInteger.valueOf(total));
                // part * sum lies in (quota - 1) * sum .. (quota + 1) * sum, exclusive: floor or ceiling of the quota.
                assertThat(scaled.subtract(quotaTimesSum).abs()).isLessThan(BigInteger.valueOf(sum));
                assigned += parts[i];
            }
            assertThat(assigned).isEqualTo(total);
        }
    }

    @Test
    void weightsThatAreAllZeroAreRefused() {
        assertThatThrownBy(() -> split(5, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all zero");
    }

    private static long[] split(long total, long... weights) {
        List<Fraction> w = new ArrayList<>();
        for (long x : weights) {
            w.add(Fraction.of(x));
        }
        return GeneratorApportionment.largestRemainder(total, w);
    }
}
