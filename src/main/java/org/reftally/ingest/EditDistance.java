package org.reftally.ingest;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Levenshtein distance for "did you mean" suggestions. commons-lang3 3.22 deprecates
 * {@code StringUtils.getLevenshteinDistance} in favour of commons-text, which is not a dependency;
 * eleven lines do not justify one. Stateless and thread-safe.
 */
final class EditDistance {

    private EditDistance() {
    }

    /** The number of single-character insertions, deletions and substitutions from {@code a} to {@code b}. */
    static int between(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * The candidate that {@code word} is most likely a slip for, or empty: equal once case and
     * everything but letters and digits are ignored ({@code "Ballot ID"} for {@code ballot_id}), or
     * within one edit of a candidate of five or more such characters, or two edits of one of ten or
     * more. Closer than {@link #closest}, which always names one: this one decides whether a
     * column that would otherwise be read as a contest or an option is a misspelt reserved name.
     */
    static Optional<String> slipFor(String word, Collection<String> candidates) {
        String w = letters(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String k = letters(c);
            int allowed = k.length() >= 10 ? 2 : k.length() >= 5 ? 1 : 0;
            if (Math.abs(k.length() - w.length()) > allowed) {
                continue; // also keeps a long hostile name from costing a full distance table
            }
            int d = between(w, k);
            if (d <= allowed && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Lower-case letters and digits of {@code s}, nothing else. */
    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The candidate closest to {@code word} ignoring case (the first on a tie), or empty if there is none. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = between(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
