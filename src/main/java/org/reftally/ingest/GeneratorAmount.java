package org.reftally.ingest;

import java.math.BigInteger;
import java.util.Objects;
import org.reftally.model.Fraction;

/**
 * How many deliberately faulty rows (duplicate ballot IDs, malformed rows) a generated file
 * carries: an exact number, or a share of the rows that becomes the exact number
 * {@code floor(rows * share)}.
 *
 * <p>Rounding down means the count never exceeds the share asked for, and a reject report of
 * {@code count / rows} shows the share exactly whenever {@code rows * share} is whole. Immutable
 * and thread-safe.
 */
public sealed interface GeneratorAmount {

    /** No faulty rows. */
    GeneratorAmount NONE = new Exactly(0);

    /** The exact number of rows of a file of {@code rows} rows. */
    long of(long rows);

    /** Exactly {@code count} rows, whatever the size of the file. */
    record Exactly(long count) implements GeneratorAmount {

        public Exactly {
            if (count < 0) {
                throw new IllegalArgumentException("a number of rows must not be negative: " + count);
            }
        }

        @Override
        public long of(long rows) {
            return count;
        }

        @Override
        public String toString() {
            return Long.toString(count);
        }
    }

    /** {@code floor(rows * share)} rows. */
    record Share(Fraction share) implements GeneratorAmount {

        public Share {
            Objects.requireNonNull(share, "share");
            if (share.signum() < 0 || share.compareTo(Fraction.ONE) > 0) {
                throw new IllegalArgumentException("a share of the rows must lie between 0 and 1, not "
                        + share.toDecimalString());
            }
        }

        @Override
        public long of(long rows) {
            Fraction exact = share.times(rows);
            // floor: both parts are non-negative, so BigInteger division truncates downwards.
            return exact.numerator().divide(exact.denominator()).longValueExact();
        }

        @Override
        public String toString() {
            return share.toDecimalString();
        }
    }

    static GeneratorAmount exactly(long count) {
        return new Exactly(count);
    }

    static GeneratorAmount share(Fraction share) {
        return new Share(share);
    }

    /**
     * Parses a whole number of rows ({@code 120}) or a share of the rows ({@code 0.001},
     * {@code 0.1%}, {@code 1/1000}). Digits alone are a count: write {@code 1.0} or {@code 100%}
     * for every row.
     *
     * @param what what the amount is for, named in the error message (e.g. "--duplicates")
     * @throws IllegalArgumentException with a message a user can act on
     */
    static GeneratorAmount parse(String what, String text) {
        String s = text == null ? "" : text.strip();
        if (!s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return new Exactly(new BigInteger(s).longValueExact());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(what + ": '" + text + "' is too large a number of rows");
            }
        }
        Fraction share;
        try {
            share = Fraction.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + text
                    + "' is neither a number of rows (e.g. 120) nor a share of the rows (e.g. 0.001, 0.1%, 1/1000)");
        }
        if (share.signum() < 0 || share.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException(what + ": the share '" + text + "' must lie between 0 and 1");
        }
        return new Share(share);
    }
}
