package org.reftally.ingest;

/**
 * Finds characters that no ballot or returns row holds and that would make a count or a report
 * lie: control characters, invisible bidirectional controls and a byte order mark inside a file.
 *
 * <p>Why each is refused:
 * <ul>
 * <li>C0 and C1 control characters (Unicode category Cc) other than TAB, including NUL: a sign of
 *     a binary file; in a cell they would make a jurisdiction {@code Z<NUL>H} that prints like
 *     {@code ZH} but is counted apart, and an escape sequence would reach the terminal of whoever
 *     reads the rejects. TAB is a separator and whitespace, so it stays.</li>
 * <li>A carriage return inside a line: lines end at LF (one CR before it is dropped), so a lone CR
 *     means classic Mac line ends or a damaged file.</li>
 * <li>The bidirectional embedding, override and isolate controls U+202A..U+202E and
 *     U+2066..U+2069: they reorder how text is displayed, so a report could show another code or
 *     option than the one counted (the "Trojan Source" attack, CVE-2021-42574).</li>
 * <li>U+FEFF past the start of a file: a byte order mark in the middle means two files were
 *     joined, and the header of the second would be read as data.</li>
 * </ul>
 * Other invisible characters (zero-width joiners, soft hyphens) are left alone: some scripts need
 * them. Declaring the jurisdiction set ({@code -j}) rejects any code that merely looks right.
 *
 * <p>Stateless and thread-safe.
 */
final class UnsafeText {

    private UnsafeText() {
    }

    /** Why {@code line} cannot be a row, naming the first unsafe character and where it is; null when it is safe. */
    static String problem(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // printable ASCII: the common case, decided by two comparisons
            }
            String what = describe(c);
            if (what != null) {
                return String.format(what, String.format("U+%04X at character %d of the line", (int) c, i + 1));
            }
        }
        return null;
    }

    /** A message with {@code %s} where the character and its place go, or null for a safe character. */
    private static String describe(char c) {
        if (c == '\t') {
            return null;
        }
        if (c == '\r') {
            return "a carriage return (%s): lines must end with LF or CRLF; classic Mac CR line ends are not read";
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "a control character (%s); is this a binary file?";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
            return "an invisible bidirectional control (%s): it makes text display otherwise than it is counted";
        }
        if (c == 0xFEFF) {
            return "a byte order mark (%s): a file starts here again; were two files joined?";
        }
        return null;
    }
}
