package org.reftally.ingest;

import java.util.Objects;

/**
 * A data row that was read but not counted, and why: shown to users as {@code file:line: reason}.
 *
 * <p>{@code line} is the physical line (1-based) where the row starts. {@code raw} is the row's text
 * as read (its physical lines joined by {@code \n}, without line terminators), cut to at most
 * {@value #MAX_RAW} characters so that a pathological row cannot flood a report. A reason that
 * quotes a huge cell (a jurisdiction of a megabyte) is cut in its middle to {@value #MAX_REASON}
 * characters, keeping both its start and the words at its end that say what is wrong. Immutable.
 *
 * @param file   the path as given by the caller
 * @param line   the physical line where the row starts, 1-based
 * @param reason why the row was not counted, in words a user can act on
 * @param raw    the row's text, possibly cut to {@value #MAX_RAW} characters
 */
public record Reject(String file, long line, String reason, String raw) {

    /** The longest raw text kept. */
    public static final int MAX_RAW = 1_000;

    /** The longest reason kept. */
    public static final int MAX_REASON = 1_000;

    public Reject {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        reason = middleCut(reason, MAX_REASON);
        raw = raw == null ? "" : raw;
        if (raw.length() > MAX_RAW) {
            // Keep whole UTF-16 code points: do not cut a surrogate pair in half.
            int end = Character.isHighSurrogate(raw.charAt(MAX_RAW - 1)) ? MAX_RAW - 1 : MAX_RAW;
            raw = raw.substring(0, end);
        }
        if (line < 1) {
            throw new IllegalArgumentException("a line number starts at 1, not " + line);
        }
    }

    /**
     * {@code text} if it has at most {@code max} characters, else its start and end with
     * {@code " ... "} between, {@code max} characters in all, never splitting a surrogate pair.
     */
    static String middleCut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        String gap = " ... ";
        int tail = (max - gap.length()) / 3;
        int head = max - gap.length() - tail;
        if (Character.isHighSurrogate(text.charAt(head - 1))) {
            head--;
        }
        int from = text.length() - tail;
        if (Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        return text.substring(0, head) + gap + text.substring(from);
    }

    /** {@code file:line: reason}, the one line a user sees. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
