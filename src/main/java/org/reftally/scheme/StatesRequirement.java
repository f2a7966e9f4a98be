package org.reftally.scheme;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.reftally.model.Comparison;
import org.reftally.model.Fraction;
import org.reftally.model.Threshold;

/**
 * How much approving state weight a double majority needs: a share of the total weight, an
 * absolute weight, or no states test at all. Decided exactly on {@link Fraction}s, so 11.5 of 23
 * is not more than half and 3 of 6 is not a majority of the States.
 *
 * <p>Written {@code >1/2} or {@code >=3/4} or {@code >50%} for a share (a slash or percent sign
 * marks a share), {@code >=38} or {@code >=11.5} for an absolute weight (a bare number is a
 * weight, never a share), {@code none} for no states test. A bare value without {@code >} or
 * {@code >=} means at least. Implementations are immutable and thread-safe.
 */
public sealed interface StatesRequirement {

    /** More than half of the total weight: Swiss Federal Constitution art. 142(2), Australian s.128. */
    StatesRequirement MAJORITY = new Share(Threshold.SIMPLE_MAJORITY);

    /** No states test: only the people and any required states decide. */
    StatesRequirement NONE = new None();

    /** Whether {@code approving} of {@code total} weight passes. */
    boolean isMet(Fraction approving, Fraction total);

    /** Whether there is a states test at all. */
    default boolean tested() {
        return !(this instanceof None);
    }

    /** In words against a total weight: {@code more than 1/2 of the 23 state votes (more than 11.5)}. */
    String describe(Fraction total);

    /** A share of the total weight, e.g. {@code >1/2} or {@code >=3/4}. */
    record Share(Threshold threshold) implements StatesRequirement {
        public Share {
            Objects.requireNonNull(threshold, "threshold");
        }

        @Override
        public boolean isMet(Fraction approving, Fraction total) {
            // A share of no weight at all is never met, as for Threshold.isMet on an empty whole.
            return total.signum() > 0 && threshold.isMet(approving.dividedBy(total));
        }

        @Override
        public String describe(Fraction total) {
            String needed = threshold.bound().times(total).toDecimalString();
            String word = threshold.comparison() == Comparison.GREATER ? "more than " : "at least ";
            return word + threshold.bound() + " of the " + Text.weight(total) + " state votes (" + word + needed + ")";
        }

        @Override
        public String toString() {
            return threshold.toString();
        }
    }

    /** An absolute weight of approving states, e.g. {@code >=38} of the 50 US states. */
    record Weight(Comparison comparison, Fraction weight) implements StatesRequirement {
        public Weight {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("a states requirement must not be negative: " + weight);
            }
        }

        @Override
        public boolean isMet(Fraction approving, Fraction total) {
            return comparison.holds(approving.compareTo(weight));
        }

        @Override
        public String describe(Fraction total) {
            return (comparison == Comparison.GREATER ? "more than " : "at least ") + Text.weight(weight) + " of the "
                    + Text.weight(total) + " state votes";
        }

        @Override
        public String toString() {
            return comparison.symbol() + Text.weight(weight);
        }
    }

    /** No states test. */
    record None() implements StatesRequirement {
        @Override
        public boolean isMet(Fraction approving, Fraction total) {
            return true;
        }

        @Override
        public String describe(Fraction total) {
            return "no states test";
        }

        @Override
        public String toString() {
            return "none";
        }
    }

    /**
     * Parses {@code >1/2}, {@code >=3/4}, {@code >=60%}, {@code >=38}, {@code >11.5} or {@code none}.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    static StatesRequirement parse(String text) {
        String s = text == null ? "" : text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("none") || lower.equals("off")) {
            return NONE;
        }
        String examples = " (examples: >1/2 or >=3/4 of the total weight, >=38 or >=11.5 state votes, none)";
        if (s.contains("/") || s.endsWith("%")) {
            try {
                return new Share(Threshold.parse(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + text + "' is not a states requirement" + examples);
            }
        }
        Comparison comparison = Comparison.AT_LEAST;
        if (s.startsWith(">=")) {
            s = s.substring(2);
        } else if (s.startsWith(">")) {
            comparison = Comparison.GREATER;
            s = s.substring(1);
        }
        try {
            Fraction weight = Fraction.of(new BigDecimal(s.strip()));
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("states requirement '" + text + "' must not be negative");
            }
            return new Weight(comparison, weight);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a states requirement" + examples);
        }
    }
}
