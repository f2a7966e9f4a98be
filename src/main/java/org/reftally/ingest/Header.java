package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The column names of one input, trimmed, matched case-insensitively. Construction refuses an
 * empty or repeated name: a count must never depend on which of two same-named columns was meant.
 * Immutable.
 */
final class Header {

    private final String file;
    private final long line;
    private final List<String> names;
    private final Map<String, Integer> byKey = new HashMap<>();

    Header(String file, long line, String[] cells) {
        this.file = file;
        this.line = line;
        List<String> list = new ArrayList<>(cells.length);
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].strip();
            if (name.isEmpty()) {
                throw InputFileException.at(file, line, i + 1, "column " + (i + 1) + " has no name");
            }
            Integer earlier = byKey.putIfAbsent(key(name), i);
            if (earlier != null) {
                throw InputFileException.at(file, line, i + 1, "column '" + name + "' appears twice (also column "
                        + (earlier + 1) + ")");
            }
            list.add(name);
        }
        this.names = List.copyOf(list);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }

    String key(int index) {
        return key(names.get(index));
    }

    long line() {
        return line;
    }

    /** The index of the column named {@code key} (lower-case), or -1. */
    int indexOf(String key) {
        return byKey.getOrDefault(key, -1);
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    /** The one column named by any of {@code aliases}, or -1; two of them is an error. */
    int indexOfAny(Collection<String> aliases, String what) {
        int found = -1;
        for (String alias : aliases) {
            int i = indexOf(alias);
            if (i >= 0 && found >= 0) {
                int later = Math.max(i, found);
                throw error(later, "columns '" + names.get(Math.min(i, found)) + "' and '" + names.get(later)
                        + "' both give the " + what + "; keep one");
            }
            if (i >= 0) {
                found = i;
            }
        }
        return found;
    }

    /** An error about column {@code index}: {@code file:line:column: message}. */
    InputFileException error(int index, String message) {
        return InputFileException.at(file, line, index + 1, message);
    }

    /** An error about the header as a whole: {@code file:line: message}. */
    InputFileException error(String message) {
        return InputFileException.at(file, line, message);
    }

    /** {@code " (did you mean 'x'?)"} for the expected name closest to column {@code index}, or "". */
    String suggestion(int index, Collection<String> expected) {
        Optional<String> closest = EditDistance.closest(names.get(index), expected);
        return closest.map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
