package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;

/**
 * Which option leads in one place, and by how much, for colouring a map tile.
 *
 * <p>This is a display choice, not a decision: no scheme is applied and nothing is ruled. The
 * margin is exact, {@code (first - second) / valid} as a {@link Fraction} (with one option, its
 * whole share), and its shade step is chosen by exact comparison. Equal top counts are a tie,
 * never broken. Immutable.
 *
 * @param option the leading option's index, or -1 for a tie or no valid vote
 * @param tied   the indices of the options sharing the top count (empty unless a tie)
 * @param margin the lead as a share of valid votes; zero for a tie or no valid vote
 */
record Leading(int option, List<Integer> tied, Fraction margin) {

    /** Upper bounds of shade steps 1 to 3 (under 5, 10, 20 points); step 4 is 20 points or more. */
    static final List<Fraction> STEP_BOUNDS = List.of(Fraction.of(5, 100), Fraction.of(10, 100), Fraction.of(20, 100));

    /** The tint (percent of full colour) of each shade step, 1 to 4. */
    static final List<Integer> STEP_TINTS = List.of(30, 52, 76, 100);

    /** The legend text of each shade step, 1 to 4, in percentage points. */
    static final List<String> STEP_LABELS = List.of("under 5", "5 to 10", "10 to 20", "20 or more");

    Leading {
        tied = List.copyOf(tied);
    }

    static Leading of(Counts counts) {
        long valid = counts.valid();
        if (valid == 0) {
            return new Leading(-1, List.of(), Fraction.ZERO);
        }
        long first = -1;
        long second = 0;
        List<Integer> top = new ArrayList<>();
        for (int i = 0; i < counts.optionCount(); i++) {
            long v = counts.votes(i);
            if (v > first) {
                second = Math.max(first, 0);
                first = v;
                top.clear();
                top.add(i);
            } else if (v == first) {
                top.add(i);
            } else if (v > second) {
                second = v;
            }
        }
        if (top.size() > 1) {
            return new Leading(-1, top, Fraction.ZERO);
        }
        return new Leading(top.get(0), List.of(), Fraction.of(first - second, valid));
    }

    boolean isTie() {
        return !tied.isEmpty();
    }

    boolean hasLeader() {
        return option >= 0;
    }

    /** The shade step 1 (narrowest) to 4 (widest) of a leader's margin. */
    int step() {
        int step = 1;
        for (Fraction bound : STEP_BOUNDS) {
            if (margin.compareTo(bound) < 0) {
                return step;
            }
            step++;
        }
        return step;
    }
}
