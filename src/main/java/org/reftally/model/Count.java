package org.reftally.model;

/**
 * A count that a source may not report, such as blank ballots or the electorate in a returns
 * file whose cell is empty.
 *
 * <p>{@code value} is the sum of what was reported; {@code complete} is true when every part
 * reported it. A count never reported at all is {@code (0, false)}: a report shows it as "not
 * reported", never as zero. Immutable.
 */
public record Count(long value, boolean complete) {

    public static final Count NOT_REPORTED = new Count(0, false);
    public static final Count ZERO = new Count(0, true);

    public Count {
        if (value < 0) {
            throw new IllegalArgumentException("a count must not be negative: " + value);
        }
    }

    /** The complete counts 0 to 1023, shared. */
    private static final Count[] SMALL = small(1024);

    /**
     * The complete count {@code value}. Small counts are shared, as {@link Long#valueOf} shares
     * small numbers: a returns file of a million precincts gives a blank or invalid figure for
     * each, most of them small, and each object kept is work for the collector.
     */
    public static Count of(long value) {
        return value >= 0 && value < SMALL.length ? SMALL[(int) value] : new Count(value, true);
    }

    private static Count[] small(int n) {
        Count[] counts = new Count[n];
        for (int i = 0; i < n; i++) {
            counts[i] = new Count(i, true);
        }
        return counts;
    }

    /** The sum; complete only when both parts are. Overflow throws rather than wraps. */
    public Count plus(Count other) {
        return new Count(Math.addExact(value, other.value), complete && other.complete);
    }

    /** Whether nothing was reported at all. */
    public boolean isUnreported() {
        return !complete && value == 0;
    }
}
