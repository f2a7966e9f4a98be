package org.reftally.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How aggregated returns compare with the ballots they summarise: for each contest in both, every
 * figure that differs in a unit, and the units found in one source only; and the contests found
 * in one source only. Built by {@link Reconciler}. Immutable and thread-safe.
 *
 * @param contests              the contests in both sources, in the returns' order
 * @param contestsOnlyInReturns contests the ballots do not have
 * @param contestsOnlyInBallots contests the returns do not have
 */
public record Reconciliation(List<ContestCheck> contests, List<String> contestsOnlyInReturns,
        List<String> contestsOnlyInBallots) {

    public Reconciliation {
        contests = List.copyOf(contests);
        contestsOnlyInReturns = List.copyOf(contestsOnlyInReturns);
        contestsOnlyInBallots = List.copyOf(contestsOnlyInBallots);
    }

    /** Whether both sources have the same contests and every compared figure is equal. */
    public boolean agrees() {
        return contestsOnlyInReturns.isEmpty() && contestsOnlyInBallots.isEmpty()
                && contests.stream().allMatch(ContestCheck::agrees);
    }

    /** The number of figures that differ, over all contests. */
    public long differenceCount() {
        return contests.stream().mapToLong(c -> c.differences().size()).sum();
    }

    /** Where a contest was compared: area by area, or (when either source has no areas) by jurisdiction. */
    public enum Level {
        AREA,
        JURISDICTION;

        /** The lower-case word used in reports. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One contest compared.
     *
     * @param contest       the contest's name as the returns spell it
     * @param level         area by area, or by jurisdiction
     * @param differences   every figure that differs, by unit, then in option order, then blank and invalid
     * @param onlyInReturns units that have returns but no ballots, sorted
     * @param onlyInBallots units that have ballots but no returns, sorted
     */
    public record ContestCheck(String contest, Level level, List<Difference> differences, List<Unit> onlyInReturns,
            List<Unit> onlyInBallots) {

        public ContestCheck {
            Objects.requireNonNull(contest, "contest");
            Objects.requireNonNull(level, "level");
            differences = List.copyOf(differences);
            onlyInReturns = List.copyOf(onlyInReturns);
            onlyInBallots = List.copyOf(onlyInBallots);
        }

        public boolean agrees() {
            return differences.isEmpty() && onlyInReturns.isEmpty() && onlyInBallots.isEmpty();
        }
    }

    /**
     * A figure of one unit that the returns and the ballots give differently.
     *
     * @param measure {@code votes} (with its option), {@code blank} or {@code invalid}
     * @param option  the option, for {@code votes}
     */
    public record Difference(Unit unit, String measure, Optional<OptionId> option, long returns, long ballots) {

        public Difference {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(option, "option");
        }

        /** Returns minus ballots: positive when the returns report more than the ballots hold. */
        public long difference() {
            return Math.subtractExact(returns, ballots);
        }
    }
}
