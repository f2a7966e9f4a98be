package org.reftally.report;

/**
 * Makes text from the input safe to print in a line-oriented report, and measures it.
 *
 * <p>Contest, option and jurisdiction names come from files we do not control. A line break
 * would break a table row; a terminal escape (ESC) could rewrite what an official sees on
 * screen; a bidirectional override (U+202E) can make "ON" read "NO" (Trojan Source,
 * CVE-2021-42574). Breaks and tabs become spaces; every other control or bidi formatting
 * character becomes U+FFFD, so that something visibly stood there. Stateless and thread-safe.
 */
final class PlainText {

    static final int REPLACEMENT = '\uFFFD';

    private PlainText() {
    }

    /** The text with breaks and tabs as spaces and other invisible controls replaced. */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(replacementFor(cp)));
        return b.toString();
    }

    /**
     * Display columns in a monospaced terminal: one per code point, none for combining marks, so
     * that a decomposed "u + diaeresis" lines up like "ü".
     */
    static int width(String text) {
        return (int) text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK
                        && Character.getType(cp) != Character.ENCLOSING_MARK)
                .count();
    }

    private static int replacementFor(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
            return ' ';
        }
        if (Character.isISOControl(cp) || isBidiControl(cp)) {
            return REPLACEMENT;
        }
        return cp;
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E
                || cp == 0x200F || cp == 0x061C;
    }
}
