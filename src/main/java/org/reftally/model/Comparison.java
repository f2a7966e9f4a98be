package org.reftally.model;

/** The two comparisons a threshold can make: strictly more than, or at least. */
public enum Comparison {
    GREATER(">"),
    AT_LEAST(">=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code comparison} (the result of {@code a.compareTo(b)}) satisfies this test. */
    public boolean holds(int comparison) {
        return this == GREATER ? comparison > 0 : comparison >= 0;
    }
}
