package org.reftally.model;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A share that must be exceeded ({@code >1/2}) or reached ({@code >=2/3}), decided exactly.
 *
 * <p>{@code isMet(part, whole)} compares {@code part/whole} with the bound by cross-multiplication
 * in {@link BigInteger}, so 50% exactly is not {@code >1/2} and 2/3 exactly is {@code >=2/3}.
 * A share of an empty whole is never met. Immutable and thread-safe.
 */
public record Threshold(Comparison comparison, Fraction bound) {

    /** A simple majority: more than half. */
    public static final Threshold SIMPLE_MAJORITY = new Threshold(Comparison.GREATER, Fraction.HALF);

    public Threshold {
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(bound, "bound");
        if (bound.signum() < 0 || bound.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("a threshold must lie between 0 and 1, not " + bound);
        }
    }

    /**
     * Parses {@code >1/2}, {@code >=2/3}, {@code >=55%}, {@code >0.5}. A bare value means
     * {@code >=}.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static Threshold parse(String text) {
        String s = text == null ? "" : text.strip();
        Comparison comparison = Comparison.AT_LEAST;
        if (s.startsWith(">=")) {
            s = s.substring(2);
        } else if (s.startsWith(">")) {
            comparison = Comparison.GREATER;
            s = s.substring(1);
        }
        Fraction bound;
        try {
            bound = Fraction.parse(s);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a threshold (examples: >1/2, >=2/3, >=55%)");
        }
        if (bound.signum() < 0 || bound.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException("threshold '" + text + "' must lie between 0 and 1 (0% and 100%)");
        }
        return new Threshold(comparison, bound);
    }

    /** Whether {@code part / whole} passes; false when {@code whole} is zero. */
    public boolean isMet(long part, long whole) {
        if (whole <= 0) {
            return false;
        }
        return isMet(Fraction.of(part, whole));
    }

    public boolean isMet(Fraction share) {
        return comparison.holds(share.compareTo(bound));
    }

    /** {@code >1/2}, {@code >=2/3}. */
    @Override
    public String toString() {
        return comparison.symbol() + bound;
    }
}
