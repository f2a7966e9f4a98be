package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reftally.model.Unit;

/**
 * The returns units a run has counts for, and where each was first given: a second figure for
 * the same place is a data error (the first row counts), whether it comes from the same file or
 * another. Shared by every returns file of a run.
 *
 * <p>Kept per contest (by its lower-cased name): wide-form rows are keyed by their {@link Unit},
 * long-form rows by their unit and option ({@link UnitOption}), so the two never match each
 * other, as before when both were joined strings. A returns file of a million precincts puts a
 * million keys here, so each contest's places are arrays, with no entry or {@link RowPlace} object
 * per key (every object kept alive is copied by each young collection while the file is read):
 * <ul>
 * <li>While every key is a unit that sorts after the one before (a file listed by jurisdiction and
 *     area, as most are), a new key is told from the earlier ones by one comparison with the last,
 *     and keys are appended in order: nothing is hashed.</li>
 * <li>From the first key out of order on, the keys are in an open-addressing table. Each slot keeps
 *     its key's hash beside the file and line, so a probe reads one array and looks at a key object
 *     only when the hashes match: with a table too big for the caches, looking at each key probed
 *     cost a miss for the key, its area and the area's bytes.</li>
 * </ul>
 *
 * <p>Not thread-safe: one per run, used by the reading thread.
 */
final class SeenUnits {

    private final Map<String, Places> byContest = new HashMap<>();
    private final List<String> files = new ArrayList<>();

    /** A long-form key: the unit and the option's key (trimmed, lower-cased). */
    record UnitOption(Unit unit, String option) {

        // Written out: the record's generated methods are linked through method handles at first use.
        @Override
        public boolean equals(Object o) {
            return o instanceof UnitOption other && unit.equals(other.unit) && option.equals(other.option);
        }

        @Override
        public int hashCode() {
            return 31 * unit.hashCode() + option.hashCode();
        }
    }

    /** The places of the contest whose lower-cased name is {@code contestKey}, created on first use. */
    Places of(String contestKey) {
        return byContest.computeIfAbsent(contestKey, k -> new Places(files));
    }

    /** Where each key of one contest was first given. Not thread-safe. */
    static final class Places {

        /** The run's files, by index; shared by the contests' tables. */
        private final List<String> files;
        /** Ascending: the units so far, in order, with their file's index plus one and line; null once hashed. */
        private Unit[] inOrder = new Unit[64];
        private long[] inOrderPlaces = new long[2 * 64];
        private Object[] keys;
        /**
         * Per table slot, two longs: the key's hash (high half) and its file's index plus one (low
         * half, so that 0 is an empty slot); the line. A probe reads only this array until a hash matches.
         */
        private long[] places;
        private int size;

        private Places(List<String> files) {
            this.files = files;
        }

        /** Where {@code key} was first given, or null when it is new. */
        RowPlace first(Object key) {
            if (inOrder != null) {
                if (isNext(key)) {
                    return null; // after every key so far, so none of them
                }
                hashAll();
            }
            int i = slot(key, key.hashCode());
            return places[2 * i] == 0 ? null : new RowPlace(files.get((int) places[2 * i] - 1), places[2 * i + 1]);
        }

        /** Notes that {@code key}, which must be new, was given at {@code file:line}. */
        void add(Object key, String file, long line) {
            int filePlusOne = fileIndex(file) + 1;
            if (inOrder != null) {
                if (isNext(key)) {
                    if (size == inOrder.length) {
                        inOrder = Arrays.copyOf(inOrder, size * 2);
                        inOrderPlaces = Arrays.copyOf(inOrderPlaces, size * 4);
                    }
                    inOrder[size] = (Unit) key;
                    inOrderPlaces[2 * size] = filePlusOne;
                    inOrderPlaces[2 * size + 1] = line;
                    size++;
                    return;
                }
                hashAll();
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            int hash = key.hashCode();
            int i = slot(key, hash);
            if (places[2 * i] != 0) {
                throw new IllegalStateException("already given: " + key);
            }
            put(i, key, hash, filePlusOne, line);
            size++;
        }

        /** Whether the keys are still in order and {@code key} is a unit that sorts after them all. */
        private boolean isNext(Object key) {
            return key instanceof Unit unit && (size == 0 || unit.compareTo(inOrder[size - 1]) > 0);
        }

        /** Ends the ascending mode: every key so far into a table with room for twice as many. */
        private void hashAll() {
            int capacity = 64;
            while (capacity < 4 * size) {
                capacity *= 2;
            }
            keys = new Object[capacity];
            places = new long[2 * capacity];
            for (int j = 0; j < size; j++) {
                int hash = inOrder[j].hashCode();
                put(slot(inOrder[j], hash), inOrder[j], hash, (int) inOrderPlaces[2 * j], inOrderPlaces[2 * j + 1]);
            }
            inOrder = null;
            inOrderPlaces = null;
        }

        /** The index of {@code file} in the run's list, added when new (files come one after another). */
        private int fileIndex(String file) {
            int last = files.size() - 1;
            if (last >= 0 && files.get(last).equals(file)) {
                return last;
            }
            int known = files.indexOf(file);
            if (known >= 0) {
                return known;
            }
            files.add(file);
            return last + 1;
        }

        private void put(int i, Object key, int hash, int filePlusOne, long line) {
            keys[i] = key;
            places[2 * i] = (long) hash << 32 | filePlusOne;
            places[2 * i + 1] = line;
        }

        /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
        private int slot(Object key, int hash) {
            int mask = keys.length - 1;
            // Fibonacci hashing: precinct names such as P-000001, P-000002 have consecutive string
            // hashes, which taken as they are fill runs of slots that every later probe must walk.
            int i = (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
            while (places[2 * i] != 0 && ((int) (places[2 * i] >>> 32) != hash || !keys[i].equals(key))) {
                i = (i + 1) & mask;
            }
            return i;
        }

        private void grow() {
            Object[] oldKeys = keys;
            long[] oldPlaces = places;
            keys = new Object[oldKeys.length * 2];
            places = new long[2 * keys.length];
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldPlaces[2 * j] != 0) {
                    int hash = (int) (oldPlaces[2 * j] >>> 32);
                    put(slot(oldKeys[j], hash), oldKeys[j], hash, (int) oldPlaces[2 * j], oldPlaces[2 * j + 1]);
                }
            }
        }
    }
}
