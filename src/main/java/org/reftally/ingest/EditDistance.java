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
