package org.reftally.model;

/**
 * What a merge of partial tallies tolerates beyond the strict default. Immutable.
 *
 * @param partialContests allow partials with different contests (a contest missing from some) or
 *                        with different options for the same contest (the options are then
 *                        joined in order of first appearance; a partial that lacks an option
 *                        counts zero votes for it)
 * @param splitUnits      allow the same unit (jurisdiction and area) of a contest in several
 *                        partials and add its counts: for ballots of one county tallied in
 *                        batches on several machines. Without it a repeated unit is refused as
 *                        the same county counted twice.
 */
public record MergePolicy(boolean partialContests, boolean splitUnits) {

    /** Same contests and options everywhere, and every unit in one partial only. */
    public static final MergePolicy STRICT = new MergePolicy(false, false);
}
