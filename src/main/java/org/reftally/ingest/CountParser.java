package org.reftally.ingest;

/**
 * Parses a count cell of a returns file: a whole number from 0 to {@link Long#MAX_VALUE}, digits
 * only, surrounding spaces allowed. Anything else rejects the row with a reason naming the
 * column: a count is never guessed (is {@code 1,000} a thousand or a one?), rounded or clamped.
 * Stateless and thread-safe.
 */
final class CountParser {

    private static final String MAX = Long.toString(Long.MAX_VALUE);

    private CountParser() {
    }

    /**
     * The count in {@code cell}, which must not be empty (callers decide what an empty cell means).
     *
     * @param column the column's name as written, for the reason
     */
    static long parse(String cell, String column) throws RowRejected {
        String s = cell.strip();
        if (isDigits(s, 0)) {
            String significant = s.replaceFirst("^0+(?=.)", "");
            if (significant.length() > MAX.length()
                    || (significant.length() == MAX.length() && significant.compareTo(MAX) > 0)) {
                throw bad(column, s, "is too large (the largest count is " + MAX + ")");
            }
            return Long.parseLong(significant);
        }
        if (s.startsWith("-") && s.length() > 1 && Character.isDigit(s.charAt(1))) {
            throw bad(column, s, "is negative");
        }
        if (s.matches("[+-]?\\d*[.]\\d+|[+-]?\\d+[.]\\d*")) {
            throw bad(column, s, "is not a whole number");
        }
        if (s.matches("\\d{1,3}([,' _\u00A0\u202F]\\d{3})+")) {
            throw bad(column, s, "has a thousands separator; write the digits only");
        }
        throw bad(column, s, "is not a count (a whole number 0 or more)");
    }

    private static boolean isDigits(String s, int from) {
        if (s.length() <= from) {
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static RowRejected bad(String column, String value, String why) {
        return new RowRejected("bad count in column '" + column + "': '" + value + "' " + why);
    }
}
