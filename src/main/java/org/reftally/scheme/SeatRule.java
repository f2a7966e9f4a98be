package org.reftally.scheme;

import java.util.Objects;
import java.util.Optional;
import org.reftally.model.Threshold;

/**
 * The settings of the seat schemes, which named rules do not preset: where the seats come from
 * and how they are shared ({@code proportional}), and the share of all electors a winner needs
 * ({@code electoral}). Immutable.
 *
 * @param source            where the seats come from; empty when none was given
 * @param settings          the allocation method and its options
 * @param electorsThreshold the share of all electors the electoral winner needs (US: more than
 *                          half, 270 of 538; 12th Amendment)
 */
public record SeatRule(Optional<SeatSource> source, SeatSettings settings, Threshold electorsThreshold) {

    /** No seats given; D'Hondt; an absolute majority of electors. */
    public static final SeatRule NONE = new SeatRule(Optional.empty(),
            SeatSettings.of(org.reftally.scheme.seats.SeatMethod.DHONDT), Threshold.SIMPLE_MAJORITY);

    public SeatRule {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(electorsThreshold, "electorsThreshold");
    }
}
