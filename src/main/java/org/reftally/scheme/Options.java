package org.reftally.scheme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reftally.model.Contest;

/** Finding the proposal and the leading options of a contest. Stateless and thread-safe. */
final class Options {

    /** The option a contest proposes when none is named: {@code YES}, in any case. */
    static final String DEFAULT_PROPOSAL = "YES";

    private Options() {
    }

    /**
     * The index of the option {@code name} names.
     *
     * @throws SchemeException listing the contest's options when there is none
     */
    static int require(Contest contest, String name) {
        int i = contest.indexOf(name);
        if (i < 0) {
            throw new SchemeException("contest '" + contest.name() + "' has no option '" + name.strip()
                    + "' (its options: " + Text.and(contest.options()) + ")");
        }
        return i;
    }

    /** The proposal: the named option (which must exist), else the contest's YES, else none. */
    static OptionalInt proposal(Contest contest, Optional<String> named) {
        if (named.isPresent()) {
            return OptionalInt.of(require(contest, named.get()));
        }
        int yes = contest.indexOf(DEFAULT_PROPOSAL);
        return yes < 0 ? OptionalInt.empty() : OptionalInt.of(yes);
    }

    /**
     * The indexes of the options with the most votes, in option order; several when tied, none
     * when no option has a vote (a leader with zero votes would be no leader at all).
     */
    static List<Integer> leaders(long[] votes) {
        long max = 0;
        for (long v : votes) {
            max = Math.max(max, v);
        }
        List<Integer> leaders = new ArrayList<>();
        if (max > 0) {
            for (int i = 0; i < votes.length; i++) {
                if (votes[i] == max) {
                    leaders.add(i);
                }
            }
        }
        return List.copyOf(leaders);
    }

    /** The most votes of any option other than {@code except}; 0 when there is none. */
    static long runnerUp(long[] votes, int except) {
        long best = 0;
        for (int i = 0; i < votes.length; i++) {
            if (i != except) {
                best = Math.max(best, votes[i]);
            }
        }
        return best;
    }
}
