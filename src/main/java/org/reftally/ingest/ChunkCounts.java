package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reftally.model.Unit;

/**
 * The counts of one chunk of a ballots file, in dense arrays: units numbered in order of first
 * appearance, and per contest and unit the votes of each option, blank ballots, overvotes and
 * ballots with a mark that is no option (listed by mark). Rows counted per unit are kept too, so a
 * unit whose only row turns out to be a duplicate (and is taken back at the merge) does not appear.
 *
 * <p>A mark's <em>code</em> in contest k: {@code 0..n-1} an option, {@code n} blank, {@code n+1}
 * overvote, {@code n+2+j} the j-th mark that is no option.
 *
 * <p>Not thread-safe: filled by one worker, then handed to the merging thread.
 */
final class ChunkCounts {

    private final BallotRules rules;
    private final List<Unit> units = new ArrayList<>();
    private final Map<Unit, Integer> unitIndex = new HashMap<>();
    private long[] rows = new long[16];
    private final long[][] counts;
    private final int[] stride;
    private final List<List<String>> others = new ArrayList<>();
    private final List<Map<String, Integer>> otherIndex = new ArrayList<>();
    private final List<Map<Long, Long>> otherCounts = new ArrayList<>();

    ChunkCounts(BallotRules rules) {
        this.rules = rules;
        int contests = rules.votes.length;
        counts = new long[contests][];
        stride = new int[contests];
        for (int k = 0; k < contests; k++) {
            stride[k] = rules.options(k) + 3;
            counts[k] = new long[stride[k] * 16];
            others.add(new ArrayList<>());
            otherIndex.add(new HashMap<>());
            otherCounts.add(new HashMap<>());
        }
    }

    /** The index of {@code unit}, numbered on first use. */
    int unit(Unit unit) {
        Integer known = unitIndex.get(unit);
        if (known != null) {
            return known;
        }
        int u = units.size();
        units.add(unit);
        unitIndex.put(unit, u);
        if (u == rows.length) {
            rows = Arrays.copyOf(rows, u * 2);
            for (int k = 0; k < counts.length; k++) {
                counts[k] = Arrays.copyOf(counts[k], counts[k].length * 2);
            }
        }
        return u;
    }

    /** The unit numbered {@code u}. */
    Unit unitAt(int u) {
        return units.get(u);
    }

    /** The code of a vote cell's text in contest {@code k} (see the class comment). */
    int code(int k, String cell) {
        String mark = BallotCounter.markOf(cell);
        int n = rules.options(k);
        if (mark == null) {
            return n + 1;
        }
        if (mark.isEmpty()) {
            return n;
        }
        int option = rules.option(k, mark);
        if (option >= 0) {
            return option;
        }
        Integer j = otherIndex.get(k).get(mark);
        if (j == null) {
            j = others.get(k).size();
            others.get(k).add(mark);
            otherIndex.get(k).put(mark, j);
        }
        return n + 2 + j;
    }

    /** Counts {@code n} (1, or -1 to take back) ballots of unit {@code u} marked {@code code} in contest {@code k}. */
    void count(int k, int u, int code, long n) {
        int s = stride[k];
        if (code < s - 1) {
            counts[k][u * s + code] += n;
            return;
        }
        counts[k][u * s + s - 1] += n;
        otherCounts.get(k).merge(((long) u << 32) | (code - s + 1), n, Long::sum);
    }

    /** Counts {@code n} (1 or -1) rows of unit {@code u}. */
    void row(int u, long n) {
        rows[u] += n;
    }

    /** Takes back a counted row, re-read from the file, that turned out to repeat a ballot ID. */
    void takeBack(List<String> cells) {
        Unit unit;
        try {
            unit = rules.unit(cells.get(rules.jurisdiction), rules.area < 0 ? null : cells.get(rules.area));
        } catch (RowRejected e) {
            throw new IllegalStateException("a counted row no longer has a valid jurisdiction", e);
        }
        int u = unit(unit);
        for (int k = 0; k < rules.votes.length; k++) {
            count(k, u, code(k, cells.get(rules.votes[k])), -1);
        }
        row(u, -1);
    }

    /**
     * Adds these counts to {@code total}, the file's (see {@link ShapeTotals}): every unit, even one
     * whose rows here net to zero, since a duplicate taken back here may have been counted through
     * a shape.
     */
    void addInto(ChunkCounts total) {
        for (int u = 0; u < units.size(); u++) {
            int t = total.unit(units.get(u));
            for (int k = 0; k < counts.length; k++) {
                int s = stride[k];
                for (int code = 0; code < s - 1; code++) { // the last is the sum of the marks listed below
                    total.count(k, t, code, counts[k][u * s + code]);
                }
            }
            total.row(t, rows[u]);
        }
        for (int k = 0; k < counts.length; k++) {
            for (Map.Entry<Long, Long> e : otherCounts.get(k).entrySet()) {
                int t = total.unit(units.get((int) (e.getKey() >>> 32)));
                total.count(k, t, total.code(k, others.get(k).get((int) (long) e.getKey())), e.getValue());
            }
        }
    }

    /** Adds these counts to the file's accumulator slots (one per contest, in rule order). */
    void addTo(ContestSlot[] slots, JurisdictionResolver jurisdictions) {
        for (int u = 0; u < units.size(); u++) {
            if (rows[u] == 0) {
                continue;
            }
            Unit unit = units.get(u);
            for (int k = 0; k < slots.length; k++) {
                UnitCounts target = slots[k].unit(unit, true);
                int s = stride[k];
                long[] c = counts[k];
                int n = s - 3;
                for (int o = 0; o < n; o++) {
                    target.addVotes(o, c[u * s + o]);
                }
                target.addBlank(c[u * s + n]);
                target.addOvervotes(c[u * s + n + 1]);
            }
            if (slots.length > 0) {
                jurisdictions.counted(unit.jurisdiction(), "");
            }
        }
        for (int k = 0; k < slots.length; k++) {
            List<String> marks = others.get(k);
            for (Map.Entry<Long, Long> e : otherCounts.get(k).entrySet()) {
                if (e.getValue() != 0) {
                    Unit unit = units.get((int) (e.getKey() >>> 32));
                    slots[k].unit(unit, true).addUnrecognised(marks.get((int) (long) e.getKey()), e.getValue());
                }
            }
        }
    }
}
