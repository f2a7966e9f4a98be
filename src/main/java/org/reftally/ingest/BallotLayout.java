package org.reftally.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Which column of a ballots file holds what: the jurisdiction (required), an optional area and
 * ballot ID, and the vote columns. A single {@code choice} column is the contest
 * {@value Columns#DEFAULT_CONTEST}; otherwise every other column is a contest named by its header.
 * Immutable.
 *
 * @param contests the vote columns, in header order
 */
record BallotLayout(int jurisdiction, int area, int ballotId, List<VoteColumn> contests) {

    /** The names a contest column must not look like a slip for (see {@link Header#refuseSlip}). */
    private static final List<String> RESERVED = reserved();

    /** A column holding one contest's vote. */
    record VoteColumn(int index, String contest) {
    }

    BallotLayout {
        contests = List.copyOf(contests);
    }

    private static List<String> reserved() {
        List<String> names = new ArrayList<>(Columns.JURISDICTION);
        names.addAll(Columns.AREA);
        names.add(Columns.BALLOT_ID);
        names.add(Columns.CHOICE);
        return List.copyOf(names);
    }

    /** Reads the layout from a header; refuses columns that belong to returns or that it cannot place. */
    static BallotLayout of(Header header) {
        int jurisdiction = header.indexOfAny(Columns.JURISDICTION, "jurisdiction");
        if (jurisdiction < 0) {
            throw header.noJurisdiction();
        }
        int area = header.indexOfAny(Columns.AREA, "area");
        int ballotId = header.indexOf(Columns.BALLOT_ID);
        int choice = header.indexOf(Columns.CHOICE);
        List<VoteColumn> votes = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String key = header.key(i);
            if (i == jurisdiction || i == area || i == ballotId || i == choice) {
                continue;
            }
            if (Columns.RETURNS_ONLY.contains(key) || Columns.JURISDICTION.contains(key)) {
                throw header.error(i, "column '" + header.name(i) + "' belongs in a returns file, but this file"
                        + " is read as ballots (one row per ballot)");
            }
            if (choice >= 0) {
                List<String> expected = new ArrayList<>(Columns.JURISDICTION);
                expected.addAll(Columns.AREA);
                expected.add(Columns.BALLOT_ID);
                throw header.error(i, "unknown column '" + header.name(i) + "' in a ballots file with a 'choice'"
                        + " column" + header.suggestion(i, expected));
            }
            header.refuseSlip(i, RESERVED, "a contest", "give the contest a name less like it");
            votes.add(new VoteColumn(i, header.name(i)));
        }
        if (choice >= 0) {
            votes.add(new VoteColumn(choice, Columns.DEFAULT_CONTEST));
        }
        if (votes.isEmpty()) {
            throw header.error("no vote column: expected a 'choice' column, or one column per contest");
        }
        return new BallotLayout(jurisdiction, area, ballotId, votes);
    }
}
