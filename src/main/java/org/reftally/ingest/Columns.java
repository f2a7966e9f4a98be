package org.reftally.ingest;

import java.util.List;
import java.util.Set;

/**
 * The reserved column names of ballot and returns files, lower-case (headers are matched trimmed
 * and case-insensitively). Every other column is a contest (ballots) or an option (wide returns).
 */
final class Columns {

    static final List<String> JURISDICTION = List.of("jurisdiction", "state", "canton", "region");
    static final List<String> AREA = List.of("county", "precinct", "municipality", "district", "area");
    static final String BALLOT_ID = "ballot_id";
    static final String CHOICE = "choice";
    static final String NAME = "name";
    static final String CONTEST = "contest";
    static final String BLANK = "blank";
    static final String INVALID = "invalid";
    static final String ELECTORATE = "electorate";
    static final String OPTION = "option";
    static final String VOTES = "votes";

    /** The contest of a file with a single {@code choice} column or a returns file without {@code contest}. */
    static final String DEFAULT_CONTEST = "referendum";

    /** Names that only a ballots file has. */
    static final Set<String> BALLOTS_ONLY = Set.of(BALLOT_ID, CHOICE);

    /** Names that only a returns file has. */
    static final Set<String> RETURNS_ONLY = Set.of(NAME, CONTEST, BLANK, INVALID, ELECTORATE, OPTION, VOTES);

    /** The counts a wide returns file may carry besides its options; also the reserved long-form option values. */
    static final Set<String> EXTRA_COUNTS = Set.of(BLANK, INVALID, ELECTORATE);

    private Columns() {
    }

    /** Whether {@code key} names where a row was counted or what it is about, not a vote or count. */
    static boolean isDescriptive(String key) {
        return JURISDICTION.contains(key) || AREA.contains(key) || key.equals(NAME) || key.equals(CONTEST)
                || key.equals(BALLOT_ID);
    }
}
