package org.reftally.report;

/**
 * How figures are shown.
 *
 * @param decimals places for percentages, rounded half-even (default 2); a share is shown with
 *                 more places when rounding would make it contradict its decision
 */
public record RenderOptions(int decimals) {

    public static final RenderOptions DEFAULT = new RenderOptions(2);

    public RenderOptions {
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("--decimals must be between 0 and 10, not " + decimals);
        }
    }
}
