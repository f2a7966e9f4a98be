package org.reftally.ingest;

/**
 * Parses a count cell of a returns file: a whole number from 0 to {@link Long#MAX_VALUE}, digits
 * only, surrounding spaces allowed. Anything else rejects the row with a reason naming the
 * column: a count is never guessed (is {@code 1,000} a thousand or a one?), rounded or clamped.
 * Stateless and thread-safe.
 */
final class CountParser {

    private static final String MAX = Long.toString(Long.MAX_VALUE);

    /** The longest cell shown whole in a reason; a count never comes near it. */
    private static final int SHOWN = 40;

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
            // Leading zeros are not significant ("007" is 7); found by hand, not by a regular
            // expression: this runs once per count cell, millions of times on a large returns file.
            int first = 0;
            while (first < s.length() - 1 && s.charAt(first) == '0') {
                first++;
            }
            String significant = s.substring(first);
            if (significant.length() > MAX.length()
                    || (significant.length() == MAX.length() && significant.compareTo(MAX) > 0)) {
                throw bad(column, s, "is too large (the largest count is " + MAX + ")");
            }
            return Long.parseLong(significant);
        }
        if (s.length() > SHOWN) {
            // Not a count whatever it holds; the patterns below need not scan a megabyte of it.
            throw bad(column, s, "is not a count (a whole number 0 or more)");
        }
        boolean signed = s.length() > 1 && s.charAt(1) >= '0' && s.charAt(1) <= '9';
        if (signed && s.charAt(0) == '-') {
            throw bad(column, s, "is negative");
        }
        if (signed && s.charAt(0) == '+' && isDigits(s, 1)) {
            throw bad(column, s, "has a plus sign; write the digits only");
        }
        if (s.matches("\\d{1,3}([.]\\d{3})+")) {
            // 1.000 is a thousand in Germany and Switzerland and one in the United States.
            throw bad(column, s, "is ambiguous (a thousands separator or a decimal point?); write the digits only");
        }
        if (s.matches("[+-]?\\d*[.]\\d+|[+-]?\\d+[.]\\d*")) {
            throw bad(column, s, "is not a whole number");
        }
        if (s.matches("\\d{1,3}([,' _\u00A0\u202F\u2019]\\d{3})+")) {
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
        String shown = value.length() <= SHOWN ? "'" + value + "'"
                : "'" + value.substring(0, SHOWN) + "...' (" + value.length() + " characters)";
        return new RowRejected("bad count in column '" + column + "': " + shown + " " + why);
    }
}
