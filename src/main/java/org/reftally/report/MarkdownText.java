package org.reftally.report;

/**
 * Escapes input text for GitHub-flavoured Markdown, so that a name from the input is shown as
 * written and never changes the document's structure.
 *
 * <p>CommonMark lets any ASCII punctuation be backslash-escaped; we escape the characters that
 * can start emphasis ({@code * _ ~}), code ({@code `}), links and images ({@code [ ] !}), raw HTML
 * and autolinks ({@code < >}), entities ({@code &}), headings ({@code #}), GitHub math ({@code $}),
 * table cells ({@code |}) and the backslash itself. A list marker or setext underline only acts
 * at the start of a line, so a leading {@code - + =} is escaped too, and so is the dot or
 * parenthesis of a leading ordered-list marker (digits, then {@code .} or {@code )}, then a space
 * or the end). Line breaks and controls are cleaned first ({@link PlainText}). Stateless and
 * thread-safe.
 */
final class MarkdownText {

    private static final String ACTIVE = "\\`*_~[]!<>&#$|";

    private MarkdownText() {
    }

    /** {@code text} as literal Markdown inline content. */
    static String escape(String text) {
        // Names are already trimmed by the model; stripping here keeps a leading space from hiding a marker.
        String clean = PlainText.clean(text).strip();
        StringBuilder b = new StringBuilder(clean.length() + 8);
        int digits = 0;
        while (digits < clean.length() && Character.isDigit(clean.charAt(digits)) && clean.charAt(digits) < 128) {
            digits++;
        }
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            boolean leadingMarker = i == 0 && (c == '-' || c == '+' || c == '=');
            boolean orderedListMarker = digits > 0 && i == digits && (c == '.' || c == ')')
                    && (i + 1 == clean.length() || clean.charAt(i + 1) == ' ');
            if (ACTIVE.indexOf(c) >= 0 || leadingMarker || orderedListMarker) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
