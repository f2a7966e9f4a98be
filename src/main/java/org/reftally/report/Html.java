package org.reftally.report;

/**
 * Builds HTML and SVG markup where every piece of input text is escaped on the way in.
 *
 * <p>{@link #raw} takes only markup the renderer itself wrote (literals and numbers it formatted);
 * {@link #text} and {@link #attr} take anything that came from an input file (titles, contest and
 * option names, jurisdiction names and codes, reasons, paths) and escape it, so a ballot file
 * cannot inject markup or script. The same escaping is safe in text and in double- or
 * single-quoted attribute values, and inside inline SVG. Not thread-safe: one per rendering.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Appends markup the renderer wrote itself; never input text. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends a formatted number or other renderer-made figure. */
    Html raw(long number) {
        out.append(number);
        return this;
    }

    /** Appends input text, escaped. */
    Html text(Object value) {
        out.append(escape(String.valueOf(value)));
        return this;
    }

    /** Appends {@code  name="value"} with the value escaped. */
    Html attr(String name, Object value) {
        out.append(' ').append(name).append("=\"").append(escape(String.valueOf(value))).append('"');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes {@code & < > " '} (the five characters that can end a text run or an attribute
     * value, per the HTML Standard's serialisation rules) and replaces C0 control characters other
     * than tab, line feed and carriage return with U+FFFD, since they are parse errors in HTML.
     * Commons Lang's {@code StringEscapeUtils} is deprecated, hence this small escaper.
     */
    static String escape(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\t', '\n', '\r' -> null;
                default -> c < 0x20 || c == 0x7F ? "\uFFFD" : null;
            };
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
