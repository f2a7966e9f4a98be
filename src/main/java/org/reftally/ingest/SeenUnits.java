package org.reftally.ingest;

import java.util.HashMap;
import java.util.Map;
import org.reftally.model.Unit;

/**
 * The returns units a run has counts for, and where each was first given: a second figure for
 * the same place is a data error (the first row counts), whether it comes from the same file or
 * another. Shared by every returns file of a run.
 *
 * <p>Kept per contest (by its lower-cased name): wide-form rows are keyed by their {@link Unit},
 * long-form rows by their unit and option ({@link UnitOption}), so the two never match each
 * other, as before when both were joined strings. Each contest's places are an open-addressing
 * table of keys, files and lines in three arrays rather than a {@code HashMap} entry and a
 * {@link RowPlace} per key: a returns file of a million precincts puts a million keys here, and
 * every object kept alive is copied by each young collection while the file is read.
 *
 * <p>Not thread-safe: one per run, used by the reading thread.
 */
final class SeenUnits {

    private final Map<String, Places> byContest = new HashMap<>();

    /** A long-form key: the unit and the option's key (trimmed, lower-cased). */
    record UnitOption(Unit unit, String option) {
    }

    /** The places of the contest whose lower-cased name is {@code contestKey}, created on first use. */
    Places of(String contestKey) {
        return byContest.computeIfAbsent(contestKey, k -> new Places());
    }

    /** Where each key of one contest was first given. Not thread-safe. */
    static final class Places {

        private Object[] keys = new Object[64];
        private String[] files = new String[64];
        private long[] lines = new long[64];
        private int size;

        /** Where {@code key} was first given, or null when it is new. */
        RowPlace first(Object key) {
            int i = slot(key);
            return keys[i] == null ? null : new RowPlace(files[i], lines[i]);
        }

        /** Notes that {@code key}, which must be new, was given at {@code file:line}. */
        void add(Object key, String file, long line) {
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int i = slot(key);
            if (keys[i] != null) {
                throw new IllegalStateException("already given: " + key);
            }
            keys[i] = key;
            files[i] = file;
            lines[i] = line;
            size++;
        }

        /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
        private int slot(Object key) {
            int mask = keys.length - 1;
            int h = key.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (keys[i] != null && !keys[i].equals(key)) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            Object[] oldKeys = keys;
            String[] oldFiles = files;
            long[] oldLines = lines;
            keys = new Object[oldKeys.length * 2];
            files = new String[keys.length];
            lines = new long[keys.length];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != null) {
                    int i = slot(oldKeys[j]);
                    keys[i] = oldKeys[j];
                    files[i] = oldFiles[j];
                    lines[i] = oldLines[j];
                }
            }
        }
    }
}
