package org.reftally.ingest;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reftally.model.Fraction;

/**
 * Splits a whole number of ballots in proportion to exact weights by the largest remainder
 * method (Hamilton's method, as used for the apportionment of the US House from 1850 to 1900):
 * each part gets the floor of its exact quota {@code total * weight / sum}, and the ballots left
 * over go one each to the parts with the largest fractional remainders.
 *
 * <p>Quotas and remainders are exact fractions, so the parts always sum to {@code total} and
 * never depend on floating point. Equal remainders are broken by position: the earlier part
 * (the jurisdiction or option declared first) gets the ballot, which is reproducible and needs
 * no randomness. Stateless and thread-safe.
 */
final class GeneratorApportionment {

    private GeneratorApportionment() {
    }

    /**
     * {@code total} split in proportion to {@code weights}.
     *
     * @param weights non-negative, not all zero
     * @return one part per weight, summing to {@code total}
     */
    static long[] largestRemainder(long total, List<Fraction> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("cannot split a negative number: " + total);
        }
        Fraction sum = Fraction.ZERO;
        for (Fraction w : weights) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("a weight must not be negative: " + w);
            }
            sum = sum.plus(w);
        }
        if (sum.isZero()) {
            throw new IllegalArgumentException("cannot split in proportion to weights that are all zero");
        }
        int n = weights.size();
        long[] parts = new long[n];
        List<Fraction> remainders = new ArrayList<>(n);
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            Fraction quota = weights.get(i).dividedBy(sum).times(total);
            BigInteger floor = quota.numerator().divide(quota.denominator());
            parts[i] = floor.longValueExact();
            assigned += parts[i];
            remainders.add(quota.minus(Fraction.of(floor, BigInteger.ONE)));
        }
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        // The remainders are each below one, so fewer than n ballots are left over.
        for (int k = 0; k < total - assigned; k++) {
            parts[order.get(k)]++;
        }
        return parts;
    }
}
