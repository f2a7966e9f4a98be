package org.reftally.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Unit;

/**
 * Expands returns (counts per unit) into the individual ballots they count, one row each, in a
 * seeded shuffled order: {@code ballot_id,jurisdiction,choice}, with an {@code area} column
 * before {@code choice} when any unit has an area. Tallying the file gives back the returns'
 * votes per option, blank and invalid ballots exactly, unit by unit ({@link #expected()}).
 *
 * <p>What each ballot says:
 * <ul>
 *   <li>a vote: the option's declared name;</li>
 *   <li>a blank ballot: an empty cell. A unit whose blank ballots were not reported gets none,
 *       and the re-tally reports zero there (a ballots file always reports blank and invalid);</li>
 *   <li>an invalid ballot: the recorded overvotes as {@code YES|NO} (the first two options) and
 *       the recorded unrecognised values as their own text, each reproduced exactly; invalid
 *       ballots the returns do not explain (a returns file gives only a number) are written as
 *       overvotes too, or as the unrecognised value {@value #INVALID} in a contest of one option.
 *       A unit whose invalid ballots were not reported gets none.</li>
 * </ul>
 * The electorate is not a ballot: nothing is written for it, and it stays in the returns and the
 * jurisdiction set. Ballot IDs ({@code B} and the zero-padded row number) and the seeded
 * shuffled row order are as in {@link Generator}; there are no duplicate or malformed rows.
 * Memory depends on the number of units times the number of distinct choices, never on the
 * number of ballots.
 *
 * <p>Immutable and thread-safe; {@link #write} always writes the same characters.
 */
public final class ReturnsExpander {

    /** What an unexplained invalid ballot says when the contest has no two options to overvote. */
    public static final String INVALID = "INVALID";

    private final ContestTally expected;
    private final SyntheticRows rows;

    private ReturnsExpander(ContestTally expected, SyntheticRows rows) {
        this.expected = expected;
        this.rows = rows;
    }

    /**
     * The expansion of {@code returns} with the row order of {@code seed}.
     *
     * @throws IllegalArgumentException when a ballots file cannot carry some count: an option or
     *                                  unrecognised value containing {@code |}, an unrecognised
     *                                  value that is empty or names an option, overvotes in a
     *                                  contest of one option
     */
    public static ReturnsExpander of(ContestTally returns, long seed) {
        Objects.requireNonNull(returns, "returns");
        Contest contest = returns.contest();
        int options = contest.optionCount();
        for (int k = 0; k < options; k++) {
            if (contest.option(k).name().indexOf('|') >= 0) {
                throw new IllegalArgumentException("option '" + contest.option(k) + "' contains '|', which a ballots"
                        + " file reads as a mark for more than one option");
            }
        }
        boolean overvotable = options >= 2;
        Map<Unit, Counts> units = new LinkedHashMap<>();
        TreeSet<String> values = new TreeSet<>();
        returns.units().forEach((unit, counts) -> {
            Counts ballots = ballotsOf(unit, counts, contest, overvotable);
            if (ballots.cast().value() > 0) {
                units.put(unit, ballots);
                values.addAll(ballots.unrecognised().keySet());
            }
        });
        List<String> unrecognised = List.copyOf(values);
        boolean areas = returns.hasAreas();
        int classes = options + 2 + unrecognised.size();
        long[] cellCounts = new long[units.size() * classes];
        List<String> tails = new ArrayList<>(cellCounts.length);
        int u = 0;
        for (Map.Entry<Unit, Counts> e : units.entrySet()) {
            Unit unit = e.getKey();
            Counts c = e.getValue();
            String where = "," + SyntheticCsv.cell(unit.jurisdiction().code())
                    + (areas ? "," + SyntheticCsv.cell(unit.area()) : "") + ",";
            for (int cls = 0; cls < classes; cls++) {
                long n;
                String choice;
                if (cls < options) {
                    n = c.votes(cls);
                    choice = contest.option(cls).name();
                } else if (cls == options) {
                    n = c.blank().value();
                    choice = "";
                } else if (cls == options + 1) {
                    n = c.overvotes();
                    choice = overvotable ? contest.option(0).name() + "|" + contest.option(1).name() : "";
                } else {
                    String value = unrecognised.get(cls - options - 2);
                    n = c.unrecognised().getOrDefault(value, 0L);
                    choice = value;
                }
                cellCounts[u * classes + cls] = n;
                tails.add(n == 0 ? "" : where + SyntheticCsv.cell(choice) + "\n");
            }
            u++;
        }
        String header = areas ? "ballot_id,jurisdiction,area,choice\n" : Generator.HEADER;
        return new ReturnsExpander(new ContestTally(contest, units),
                new SyntheticRows(header, cellCounts, tails, 0, 0, List.of(), seed));
    }

    /** The ballots of one unit as a reader will count them: every invalid ballot explained. */
    private static Counts ballotsOf(Unit unit, Counts counts, Contest contest, boolean overvotable) {
        Map<String, Long> unrecognised = new TreeMap<>();
        counts.unrecognised().forEach((text, n) -> {
            String value = text.strip();
            if (value.isEmpty() || value.indexOf('|') >= 0 || contest.indexOf(value) >= 0) {
                throw new IllegalArgumentException(unit + ": the unrecognised value '" + text + "' cannot be written"
                        + " as a ballot: a reader would count it as " + (value.isEmpty() ? "a blank ballot"
                        : contest.indexOf(value) >= 0 ? "a vote" : "marks separated by '|'"));
            }
            unrecognised.merge(value, n, Math::addExact);
        });
        if (counts.overvotes() > 0 && !overvotable) {
            throw new IllegalArgumentException(unit + ": " + counts.overvotes() + " overvotes cannot be written for"
                    + " contest " + contest.name() + ", which has only one option");
        }
        long named = counts.overvotes();
        for (long n : unrecognised.values()) {
            named = Math.addExact(named, n);
        }
        long unexplained = counts.invalid().value() - named;
        long overvotes = counts.overvotes();
        if (overvotable) {
            overvotes = Math.addExact(overvotes, unexplained);
        } else if (unexplained > 0) {
            if (contest.indexOf(INVALID) >= 0) {
                throw new IllegalArgumentException(unit + ": " + unexplained + " invalid ballots cannot be written:"
                        + " the only option of contest " + contest.name() + " is " + INVALID);
            }
            unrecognised.merge(INVALID, unexplained, Math::addExact);
        }
        return new Counts(counts.votes(), Count.of(counts.blank().value()), Count.of(counts.invalid().value()),
                overvotes, unrecognised, Count.NOT_REPORTED);
    }

    /** The data rows the file will have: every ballot cast in the returns. */
    public long rows() {
        return rows.rows();
    }

    /**
     * The tally a reader makes of the file: the returns' units that have ballots, with the same
     * votes, blank and invalid ballots; overvotes include the unexplained invalid ballots; blank
     * and invalid always reported; no electorate.
     */
    public ContestTally expected() {
        return expected;
    }

    /** Writes the ballots file. The writer is flushed, not closed; give it UTF-8 encoding. */
    public void write(Writer out) throws IOException {
        rows.write(out);
    }
}
