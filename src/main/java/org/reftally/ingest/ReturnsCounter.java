package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;
import org.reftally.model.UnitColumns;

/**
 * The counting rules for one row of a returns file, wide or long form (see {@link ReturnsLayout}).
 *
 * <p>Wide form: every option of the row's contest needs a count (an empty option cell is
 * rejected as a missing count: a missing figure is not zero); an empty {@code blank},
 * {@code invalid} or {@code electorate} cell means "not reported". Long form: one row per option,
 * the reserved option values {@code blank}, {@code invalid} and {@code electorate} carry those
 * figures, and a figure with no row is not reported. A row is rejected for a missing or
 * undeclared jurisdiction, contest or option, a bad count, a total too large for a {@code long},
 * or when the run already has counts for the same contest, jurisdiction and area (long form: and
 * option) — the first row counts, and a second figure for the same place is a data error.
 *
 * <p>Rows of a contest not selected by {@code --contest} are checked the same way and then left
 * out of the tally. A wide row comes here as text cells ({@link #accept}) or, on the fast path,
 * already parsed ({@link #countWide}): the checks after parsing are this class's either way, so
 * both paths give the same counts and reasons. Not thread-safe.
 */
final class ReturnsCounter {

    private final ReturnsLayout layout;
    private final TallyAccumulator accumulator;
    private final IngestOptions options;
    private final JurisdictionResolver jurisdictions;
    private final SeenUnits seenUnits;
    private final String file;
    private final Map<String, Plan> plans = new HashMap<>();
    private final Consumer<String> contestsSeen;
    /** A wide row's votes in the contest's option order, reused from row to row. */
    private long[] optionVotes = new long[0];

    /**
     * What this file's rows of one contest map to.
     *
     * @param optionOf      for each wide option column, the index of its option in the contest, or -1
     * @param withoutColumn the contest's options that have no column (wide form: no row can be counted)
     * @param seen          the contest's units (long form: and options) already given in the run
     */
    record Plan(String contest, ContestSlot slot, Optional<List<OptionId>> declared, int[] optionOf,
            List<OptionId> withoutColumn, SeenUnits.Places seen) {
    }

    /**
     * @param seenUnits    the run's returns units so far and where each was first given, shared by all files
     * @param file         the file's name, to say where a unit was first given when it comes again
     * @param contestsSeen told the name of every contest the file has, selected or not
     */
    ReturnsCounter(ReturnsLayout layout, TallyAccumulator accumulator, IngestOptions options,
            JurisdictionResolver jurisdictions, SeenUnits seenUnits, String file, Consumer<String> contestsSeen) {
        this.contestsSeen = contestsSeen;
        this.layout = layout;
        this.accumulator = accumulator;
        this.options = options;
        this.jurisdictions = jurisdictions;
        this.seenUnits = seenUnits;
        this.file = file;
        if (layout.contest() < 0) {
            plan(Columns.DEFAULT_CONTEST); // the contest exists even if every row is rejected
        }
    }

    ReturnsLayout layout() {
        return layout;
    }

    /**
     * Counts one returns row.
     *
     * @param line the row's line, remembered to name it if the unit comes again
     * @return why the row cannot be counted, or empty when it was counted
     */
    Optional<String> accept(String[] cells, long line) {
        try {
            JurisdictionId jurisdiction = jurisdictions.resolve(cells[layout.jurisdiction()]);
            String area = layout.area() < 0 ? "" : cells[layout.area()].strip();
            String contest = Columns.DEFAULT_CONTEST;
            if (layout.contest() >= 0) {
                contest = cells[layout.contest()].strip();
                if (contest.isEmpty()) {
                    throw new RowRejected("missing contest");
                }
            }
            Plan plan = plan(contest);
            Unit unit = new Unit(jurisdiction, area);
            String name = layout.name() < 0 ? "" : cells[layout.name()].strip();
            if (layout.longForm()) {
                acceptLong(cells, plan, unit, line);
                if (plan.slot() != null) {
                    jurisdictions.counted(jurisdiction, name);
                }
            } else {
                acceptWide(cells, plan, unit, name, line);
            }
            return Optional.empty();
        } catch (RowRejected r) {
            return Optional.of(r.reason());
        }
    }

    private void acceptWide(String[] cells, Plan plan, Unit unit, String name, long line) throws RowRejected {
        if (!plan.withoutColumn().isEmpty()) {
            throw new RowRejected("no column for option '" + plan.withoutColumn().get(0) + "' of contest '"
                    + plan.contest() + "'");
        }
        List<ReturnsLayout.OptionColumn> columns = layout.optionColumns();
        long[] votes = new long[columns.size()];
        long cast = 0;
        for (int k = 0; k < columns.size(); k++) {
            String column = columns.get(k).header();
            String cell = cells[columns.get(k).index()];
            if (plan.optionOf()[k] < 0) {
                if (!cell.isBlank() && CountParser.parse(cell, column) != 0) {
                    throw new RowRejected("column '" + column + "' is not an option of contest '" + plan.contest()
                            + "' but has a count");
                }
                continue;
            }
            if (cell.isBlank()) {
                throw new RowRejected("missing count in column '" + column + "'");
            }
            votes[k] = CountParser.parse(cell, column);
            cast = add(cast, votes[k]);
        }
        long blank = optional(cells, layout.blank(), Columns.BLANK);
        long invalid = optional(cells, layout.invalid(), Columns.INVALID);
        long electorate = optional(cells, layout.electorate(), Columns.ELECTORATE);
        cast = add(add(cast, Math.max(blank, 0)), Math.max(invalid, 0));
        countWide(plan, unit, name, votes, cast, blank, invalid, electorate, line);
    }

    /**
     * Counts a wide row whose cells are parsed and checked: rejects it when the run has counts for
     * its unit already or the contest's total would overflow, else adds it to the contest.
     *
     * @param votes      the count of each option column, in column order
     * @param cast       the row's ballots (votes, blank and invalid), already summed without overflow
     * @param blank      blank ballots, or {@link UnitColumns#NOT_REPORTED}; likewise invalid and electorate
     * @param line       the row's line, remembered to name it if the unit comes again
     */
    void countWide(Plan plan, Unit unit, String name, long[] votes, long cast, long blank, long invalid,
            long electorate, long line) throws RowRejected {
        requireNew(plan, unit, unit, null);
        if (plan.slot() != null) {
            reserve(plan, cast, Math.max(electorate, 0));
        }
        plan.seen().add(unit, file, line);
        if (plan.slot() == null) {
            return;
        }
        int[] optionOf = plan.optionOf();
        int contestOptions = plan.slot().optionCount();
        if (optionVotes.length < contestOptions) {
            optionVotes = new long[contestOptions];
        }
        Arrays.fill(optionVotes, 0, contestOptions, 0);
        for (int k = 0; k < optionOf.length; k++) {
            if (optionOf[k] >= 0) {
                optionVotes[optionOf[k]] += votes[k];
            }
        }
        plan.slot().addWhole(unit, optionVotes, blank, invalid, electorate);
        jurisdictions.counted(unit.jurisdiction(), name);
    }

    private void acceptLong(String[] cells, Plan plan, Unit unit, long line) throws RowRejected {
        String option = cells[layout.option()].strip();
        if (option.isEmpty()) {
            throw new RowRejected("missing option");
        }
        String votesCell = cells[layout.votes()];
        if (votesCell.isBlank()) {
            throw new RowRejected("missing count in column '" + Columns.VOTES + "'");
        }
        long votes = CountParser.parse(votesCell, Columns.VOTES);
        String reserved = OptionId.key(option);
        boolean extra = Columns.EXTRA_COUNTS.contains(reserved);
        if (!extra && plan.declared().isPresent()
                && plan.declared().get().stream().noneMatch(o -> o.key().equals(reserved))) {
            throw new RowRejected("option '" + option + "' is not a declared option of contest '" + plan.contest()
                    + "' (" + plan.declared().get().stream().map(OptionId::name).collect(Collectors.joining(", "))
                    + ")");
        }
        SeenUnits.UnitOption key = new SeenUnits.UnitOption(unit, reserved);
        requireNew(plan, key, unit, option);
        boolean electorate = reserved.equals(Columns.ELECTORATE);
        if (plan.slot() != null) {
            reserve(plan, electorate ? 0 : votes, electorate ? votes : 0);
        }
        plan.seen().add(key, file, line);
        if (plan.slot() == null) {
            return;
        }
        UnitCounts counts = plan.slot().unit(unit, false);
        switch (reserved) {
            case Columns.BLANK -> counts.addBlank(votes);
            case Columns.INVALID -> counts.addInvalid(votes);
            case Columns.ELECTORATE -> counts.addElectorate(votes);
            default -> counts.addVotes(plan.slot().indexOrAdd(option), votes);
        }
    }

    /** The plan of {@code contest} (a trimmed, non-empty name), made on its first row. */
    Plan plan(String contest) {
        return plans.computeIfAbsent(contest.toLowerCase(Locale.ROOT), k -> {
            contestsSeen.accept(contest);
            Optional<List<OptionId>> declared = options.optionsFor(contest);
            List<ReturnsLayout.OptionColumn> columns = layout.optionColumns();
            List<OptionId> contestOptions = layout.longForm() ? declared.orElse(List.of())
                    : declared.orElse(columns.stream().map(ReturnsLayout.OptionColumn::option).toList());
            ContestSlot slot = options.selects(contest)
                    ? accumulator.contest(contest, contestOptions, layout.longForm() && declared.isEmpty())
                    : null;
            int[] optionOf = new int[columns.size()];
            List<OptionId> withoutColumn = new ArrayList<>(contestOptions);
            for (int c = 0; c < columns.size(); c++) {
                OptionId o = columns.get(c).option();
                optionOf[c] = indexOf(contestOptions, o);
                withoutColumn.removeIf(x -> x.key().equals(o.key()));
            }
            return new Plan(contest, slot, declared, optionOf, layout.longForm() ? List.of() : withoutColumn,
                    seenUnits.of(k));
        });
    }

    private static int indexOf(List<OptionId> options, OptionId option) {
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).key().equals(option.key())) {
                return i;
            }
        }
        return -1;
    }

    /** The count in an optional column; {@link UnitColumns#NOT_REPORTED} when absent or empty. */
    private static long optional(String[] cells, int index, String column) throws RowRejected {
        if (index < 0 || cells[index].isBlank()) {
            return UnitColumns.NOT_REPORTED;
        }
        return CountParser.parse(cells[index], column);
    }

    /**
     * Rejects a unit (long form: and option) that the run has counts for already.
     *
     * @param key    the unit (wide form) or {@link SeenUnits.UnitOption} (long form)
     * @param option the option as written (long form), or null
     */
    private static void requireNew(Plan plan, Object key, Unit unit, String option) throws RowRejected {
        RowPlace first = plan.seen().first(key);
        if (first != null) {
            String place = unit.jurisdiction() + (unit.hasArea() ? " area '" + unit.area() + "'" : "")
                    + (option == null ? "" : " option '" + option + "'");
            throw new RowRejected("duplicate returns for " + place + " in contest '" + plan.contest()
                    + "', first given at " + first);
        }
    }

    private void reserve(Plan plan, long cast, long electorate) throws RowRejected {
        if (!plan.slot().reserve(cast, electorate)) {
            throw new RowRejected("the counts would make the total of contest '" + plan.contest()
                    + "' exceed the largest count (" + Long.MAX_VALUE + ")");
        }
    }

    private static long add(long a, long b) throws RowRejected {
        long sum = a + b;
        if (sum < a) {
            throw new RowRejected("the counts of this row add up to more than the largest count ("
                    + Long.MAX_VALUE + ")");
        }
        return sum;
    }
}
