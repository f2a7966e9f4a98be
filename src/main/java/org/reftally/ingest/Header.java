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
 * empty or repeated name: a count must never depend on which of two same-named columns was meant;
 * and more than {@value #MAX_COLUMNS} columns: each becomes a contest or an option with its own
 * counts and report section, so a hostile header would otherwise cost memory and time without
 * bound. Immutable.
 */
final class Header {

    /** The most columns a header may have: far more contests or options than any ballot holds. */
    static final int MAX_COLUMNS = 1_000;

    private final String file;
    private final long line;
    private final List<String> names;
    private final Map<String, Integer> byKey = new HashMap<>();

    Header(String file, long line, String[] cells) {
        this.file = file;
        this.line = line;
        if (cells.length > MAX_COLUMNS) {
            throw InputFileException.at(file, line, "the header has " + cells.length + " columns; reftally reads at"
                    + " most " + MAX_COLUMNS + " (one per contest or option); is this really a ballots or returns"
                    + " file?");
        }
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

    /**
     * The error for a header without a jurisdiction column, pointing at the column most likely
     * meant: {@code jurisdicton} gets "did you mean 'jurisdiction'?".
     */
    InputFileException noJurisdiction() {
        String hint = "";
        for (int i = 0; i < names.size() && hint.isEmpty(); i++) {
            int column = i;
            hint = EditDistance.slipFor(names.get(i), Columns.JURISDICTION)
                    .map(j -> " (column " + (column + 1) + " '" + names.get(column) + "': did you mean '" + j + "'?)")
                    .orElse("");
        }
        return error("no jurisdiction column: name one column jurisdiction, state, canton or region" + hint);
    }

    /**
     * Refuses column {@code index} when its name looks like a misspelt reserved name
     * ({@code Ballot ID}, {@code jurisdicton}, {@code blanks}): it would otherwise be read as
     * {@code readAs} (a contest, an option) and the column's meaning lost without a word, e.g. a
     * ballot ID that no longer catches a ballot counted twice, or blank ballots counted as votes.
     */
    void refuseSlip(int index, Collection<String> reserved, String readAs, String otherwise) {
        Optional<String> meant = EditDistance.slipFor(names.get(index), reserved);
        if (meant.isPresent()) {
            throw error(index, "column '" + names.get(index) + "' looks like a misspelt '" + meant.get()
                    + "' but would be read as " + readAs + "; name it '" + meant.get() + "', or " + otherwise);
        }
    }

    /**
     * {@code " (did you mean 'x'?)"} for the expected name closest to column {@code index}, or ""
     * when even the closest is too far to be what was meant (more edits than two or half its length).
     */
    String suggestion(int index, Collection<String> expected) {
        String name = names.get(index);
        Optional<String> closest = EditDistance.closest(name, expected).filter(c ->
                EditDistance.between(name.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT))
                        <= Math.max(2, c.length() / 2));
        return closest.map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
