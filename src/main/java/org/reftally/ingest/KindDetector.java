package org.reftally.ingest;

/**
 * Tells ballots from returns when the caller did not say ({@link InputKind#AUTO}).
 *
 * <p>From the header first: {@code option} or {@code votes} means long returns; {@code choice} or
 * {@code ballot_id} means ballots; {@code blank}, {@code invalid} or {@code electorate} means wide
 * returns; markers of both kinds are an error. Otherwise the first well-formed data row decides:
 * counts (whole numbers) in every non-empty vote cell mean returns, any other text means ballots.
 * A ballots file whose options are numbers looks like returns: such a file needs
 * {@code --kind ballots}. Stateless.
 */
final class KindDetector {

    private KindDetector() {
    }

    /** The kind the header shows, or {@link InputKind#AUTO} when it shows none. */
    static InputKind fromHeader(Header header) {
        String ballotMarker = first(header, Columns.CHOICE, Columns.BALLOT_ID);
        String returnsMarker = first(header, Columns.OPTION, Columns.VOTES, Columns.BLANK, Columns.INVALID,
                Columns.ELECTORATE);
        if (ballotMarker != null && returnsMarker != null) {
            throw header.error("cannot tell ballots from returns: column '" + ballotMarker + "' is for ballots but '"
                    + returnsMarker + "' is for returns; fix the header or give the kind (--kind)");
        }
        if (returnsMarker != null) {
            return InputKind.RETURNS;
        }
        return ballotMarker != null ? InputKind.BALLOTS : InputKind.AUTO;
    }

    /** The kind a well-formed data row shows, judged by its cells outside the descriptive columns. */
    static InputKind fromRow(Header header, CsvRow row, String file) {
        boolean anyCount = false;
        int voteColumns = 0;
        for (int i = 0; i < header.size(); i++) {
            if (Columns.isDescriptive(header.key(i))) {
                continue;
            }
            voteColumns++;
            String cell = row.cells()[i].strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (!cell.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return InputKind.BALLOTS;
            }
            anyCount = true;
        }
        if (voteColumns == 0) {
            return InputKind.BALLOTS; // whose layout then says what is missing
        }
        if (!anyCount) {
            throw InputFileException.at(file, row.line(), "cannot tell ballots from returns: the first data row has"
                    + " no vote or count; give the kind (--kind ballots or --kind returns)");
        }
        return InputKind.RETURNS;
    }

    private static String first(Header header, String... keys) {
        for (String k : keys) {
            if (header.has(k)) {
                return header.name(header.indexOf(k));
            }
        }
        return null;
    }
}
