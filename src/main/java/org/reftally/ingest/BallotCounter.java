package org.reftally.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;

/**
 * The counting rules for one row of a ballots file, kept apart from the reading so that any
 * reader (this streaming one, or a future parallel parser) applies the same rules and fills the
 * same kind of {@link TallyAccumulator}.
 *
 * <p>Per contest cell: empty is a blank ballot; one option (trimmed, any case) is a valid vote;
 * two or more different marks separated by {@code |} are an overvote; anything else is an invalid
 * ballot listed by its trimmed text. Those are votes cast, never rejects. A row is rejected only
 * when it cannot be placed or would count a ballot twice: missing jurisdiction, jurisdiction not
 * in the declared set, empty or repeated {@code ballot_id}. A rejected row changes no count and
 * records no ID. With {@code --contest}, only that contest's column is counted, but every row is
 * still checked (and its ID recorded): a row is counted or rejected, never skipped.
 *
 * <p>Not thread-safe.
 */
final class BallotCounter {

    /** The options of a contest nobody declared: a yes/no question. */
    static final List<OptionId> DEFAULT_OPTIONS = List.of(OptionId.of("YES"), OptionId.of("NO"));

    private final BallotLayout layout;
    private final JurisdictionResolver jurisdictions;
    private final BallotIdIndex ids;
    private final int idSource;
    private final int[] columns;
    private final ContestSlot[] slots;

    /**
     * @param ids      the run's ballot IDs, or null when the file has no {@code ballot_id} column
     * @param idSource this file's number in {@code ids}
     */
    BallotCounter(BallotLayout layout, TallyAccumulator accumulator, IngestOptions options,
            JurisdictionResolver jurisdictions, BallotIdIndex ids, int idSource) {
        this.layout = layout;
        this.jurisdictions = jurisdictions;
        this.ids = ids;
        this.idSource = idSource;
        List<BallotLayout.VoteColumn> selected = new ArrayList<>();
        for (BallotLayout.VoteColumn c : layout.contests()) {
            if (options.selects(c.contest())) {
                selected.add(c);
            }
        }
        this.columns = selected.stream().mapToInt(BallotLayout.VoteColumn::index).toArray();
        this.slots = selected.stream()
                .map(c -> accumulator.contest(c.contest(), options.optionsFor(c.contest()).orElse(DEFAULT_OPTIONS),
                        false))
                .toArray(ContestSlot[]::new);
    }

    /**
     * Counts one ballot row.
     *
     * @param cells  the row's cells, as many as the header's
     * @param offset the byte offset where the row starts (to find its ID again)
     * @return why the row cannot be counted, or empty when it was counted
     */
    Optional<String> accept(String[] cells, long offset) {
        JurisdictionId jurisdiction;
        try {
            jurisdiction = jurisdictions.resolve(cells[layout.jurisdiction()]);
        } catch (RowRejected r) {
            return Optional.of(r.reason());
        }
        if (layout.ballotId() >= 0) {
            String id = cells[layout.ballotId()].strip();
            if (id.isEmpty()) {
                return Optional.of("missing ballot_id");
            }
            String first = ids.firstSeen(id, idSource, offset);
            if (first != null) {
                return Optional.of("duplicate ballot_id " + id + ", first seen at " + first);
            }
        }
        Unit unit = new Unit(jurisdiction, layout.area() < 0 ? "" : cells[layout.area()]);
        for (int k = 0; k < slots.length; k++) {
            count(slots[k], slots[k].unit(unit, true), cells[columns[k]]);
        }
        if (slots.length > 0) {
            jurisdictions.counted(jurisdiction, "");
        }
        return Optional.empty();
    }

    private static void count(ContestSlot slot, UnitCounts unit, String cell) {
        String mark = markOf(cell);
        if (mark == null) {
            unit.overvote();
        } else if (mark.isEmpty()) {
            unit.blankBallot();
        } else {
            int option = slot.indexOf(mark);
            if (option >= 0) {
                unit.vote(option);
            } else {
                unit.unrecognised(mark);
            }
        }
    }

    /**
     * The one mark a vote cell makes: empty for a blank ballot (an empty cell, or only separators),
     * null for an overvote (two or more different marks separated by {@code |}, compared as
     * options are: trimmed, any case), else the mark, trimmed. Pure: the parallel reader uses it too.
     */
    static String markOf(String cell) {
        String value = cell.strip();
        if (value.isEmpty() || value.indexOf('|') < 0) {
            return value;
        }
        Set<String> marks = new LinkedHashSet<>();
        String single = null;
        for (String part : value.split("\\|", -1)) {
            String mark = part.strip();
            if (!mark.isEmpty() && marks.add(OptionId.key(mark))) {
                single = mark;
            }
        }
        if (marks.size() > 1) {
            return null;
        }
        return single == null ? "" : single;
    }
}
