package org.reftally.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reftally.model.OptionId;

/**
 * The mutable counts of one input while it is read, keyed by contest (case-insensitive name) and
 * unit, with dense option indices; turned into immutable tallies by {@link #freeze}. A future
 * parallel reader can give each worker its own accumulator and add them up in order.
 *
 * <p>Not thread-safe.
 */
final class TallyAccumulator {

    private final Map<String, ContestSlot> contests = new LinkedHashMap<>();

    /** The slot of contest {@code name}, created with {@code options} on first use. */
    ContestSlot contest(String name, List<OptionId> options, boolean open) {
        return contests.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT),
                k -> new ContestSlot(name.strip(), options, open));
    }

    /** The contests counted, in order of first appearance. */
    List<ContestSlot> slots() {
        return new ArrayList<>(contests.values());
    }

    /**
     * Every contest's immutable tally, in order of first appearance, with whether its options are
     * open. A long-form contest whose every option row was rejected has no options yet and is left
     * out: there is nothing of it to add.
     */
    List<PartialContest> freeze() {
        List<PartialContest> result = new ArrayList<>();
        for (ContestSlot slot : contests.values()) {
            if (slot.options().isEmpty() && !slot.hasUnits()) {
                continue;
            }
            result.add(new PartialContest(slot.freeze(), slot.isOpen()));
        }
        return result;
    }
}
