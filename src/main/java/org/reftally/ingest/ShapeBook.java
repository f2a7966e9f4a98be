package org.reftally.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reftally.model.Unit;

/**
 * The row shapes learnt so far by any worker reading one file (see {@link RowShapes}): a worker
 * meeting a shape it does not know looks here before learning it the usual way, so each shape is
 * read and understood about once per file rather than once per worker. Learning goes through the
 * general row code, which the JIT compiles at great cost once it has run some thousands of times;
 * sharing keeps it under that for a national file of a few thousand shapes.
 *
 * <p>Thread-safe: a concurrent map of immutable entries (their arrays are never written after
 * {@link #put}).
 */
final class ShapeBook {

    /** What rows of one shape count: see {@link RowShapes#add}. */
    record Shape(Unit unit, int[] codes, String[] cells) {
    }

    private final Map<Key, Shape> shapes = new ConcurrentHashMap<>();

    /** The shape of the row bytes {@code buf[from, to)}, or null when no worker has learnt it. */
    Shape get(byte[] buf, int from, int to) {
        return shapes.get(new Key(Arrays.copyOfRange(buf, from, to)));
    }

    /** Records what rows of the bytes {@code buf[from, to)} count; the arrays are copied. */
    void put(byte[] buf, int from, int to, Unit unit, int[] codes, String[] cells) {
        shapes.putIfAbsent(new Key(Arrays.copyOfRange(buf, from, to)), new Shape(unit, codes.clone(), cells.clone()));
    }

    /** Row bytes as a map key, compared by content. */
    private record Key(byte[] bytes) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(bytes, k.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }
}
