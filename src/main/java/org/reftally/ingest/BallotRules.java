package org.reftally.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;

/**
 * What the parallel reader's workers need to know to count a ballot row of one file, the same
 * rules as {@link BallotCounter}: which columns hold the jurisdiction, area, ballot ID and the
 * counted contests, the options of each, the declared jurisdiction set, and the file's separator
 * and cell count.
 *
 * <p>Immutable and thread-safe: shared by all workers of a file.
 */
final class BallotRules {

    final String file;
    final char separator;
    final int cells;
    final int jurisdiction;
    final int area;
    final int ballotId;
    final int[] votes;
    private final JurisdictionSet declared;
    private final List<Map<String, Integer>> optionIndex;
    private final List<String> contests;

    BallotRules(String file, char separator, int cells, BallotLayout layout, IngestOptions options,
            JurisdictionSet declared) {
        this.file = file;
        this.separator = separator;
        this.cells = cells;
        this.jurisdiction = layout.jurisdiction();
        this.area = layout.area();
        this.ballotId = layout.ballotId();
        this.declared = declared;
        List<Integer> columns = new ArrayList<>();
        List<Map<String, Integer>> indices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (BallotLayout.VoteColumn c : layout.contests()) {
            if (options.selects(c.contest())) {
                columns.add(c.index());
                names.add(c.contest());
                List<OptionId> opts = options.optionsFor(c.contest()).orElse(BallotCounter.DEFAULT_OPTIONS);
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < opts.size(); i++) {
                    index.put(opts.get(i).key(), i);
                }
                indices.add(Map.copyOf(index));
            }
        }
        this.votes = columns.stream().mapToInt(Integer::intValue).toArray();
        this.optionIndex = List.copyOf(indices);
        this.contests = List.copyOf(names);
    }

    /** The counted contests, in the order of {@link #votes}. */
    List<String> contests() {
        return contests;
    }

    /** How many options contest {@code k} has. */
    int options(int k) {
        return optionIndex.get(k).size();
    }

    /** The option index of a trimmed mark in contest {@code k}, or -1. */
    int option(int k, String mark) {
        return optionIndex.get(k).getOrDefault(OptionId.key(mark), -1);
    }

    /** The unit of a row from its jurisdiction and area cells (area null when the file has none). */
    Unit unit(String jurisdictionCell, String areaCell) throws RowRejected {
        JurisdictionId id = JurisdictionResolver.check(declared, jurisdictionCell);
        return new Unit(id, areaCell == null ? "" : areaCell);
    }
}
