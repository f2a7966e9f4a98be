package org.reftally.scheme;

import java.util.List;
import java.util.Optional;
import org.reftally.model.OptionId;

/**
 * What a scheme decided about one contest, with its reasons in plain words and the figures
 * behind them. Each scheme has its own record type carrying its own figures; renderers read the
 * common accessors below and may show more for the types they know. Implementations are
 * immutable.
 */
public sealed interface Outcome permits PluralityOutcome, MajorityOutcome, DoubleMajorityOutcome,
        CounterProposalOutcome, ProportionalOutcome, ElectoralOutcome {

    /** The scheme's command-line name, e.g. {@code majority}. */
    String scheme();

    /** The contest decided. */
    String contest();

    Decision decision();

    /** The winning option, when there is one. */
    Optional<OptionId> winner();

    /** The reasons for the decision, each a sentence with its figures. */
    List<String> reasons();

    /** The one figure that decided it, short enough for a table cell ("50.73% YES"). */
    String decidingFigure();
}
