package org.reftally.ingest;

import org.reftally.model.ContestTally;

/**
 * One input's tally of one contest, and whether its options were learned from the input (open:
 * a long returns file lists only the options it has rows for) or fixed up front (closed).
 * Immutable.
 */
record PartialContest(ContestTally tally, boolean open) {
}
