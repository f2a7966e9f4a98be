package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.reftally.model.Unit;

/**
 * The row shapes learnt so far by any worker reading one file (see {@link RowShapes}), in the order
 * they were learnt: a worker meeting a shape it does not know first takes all the ones it lacks
 * ({@link RowShapes#catchUp}), and learns the shape itself only when no worker has, so that a
 * shape is read and understood about once per file rather than once per worker. Learning goes
 * through the general row code, which the JIT compiles at great cost once it has run some
 * thousands of times; sharing keeps it under that for a national file of a few thousand shapes,
 * and taking the shapes in bulk keeps the code that adopts them cold too.
 *
 * <p>Thread-safe: appended to and copied from under its lock; the entries are immutable (their
 * arrays are copies, never written after {@link #add}).
 */
final class ShapeBook {

    /**
     * What rows of the bytes {@code key[0, length)} count: see {@link RowShapes#add}. The key has 8
     * more bytes, so that it can be read a word at a time as {@link RowShapes#find} reads.
     */
    record Shape(byte[] key, int length, Unit unit, int[] codes, String[] cells) {
    }

    private final List<Shape> learnt = new ArrayList<>();
    /** How many shapes there are: read without the lock, to see whether there is anything new. */
    private volatile int size;

    /** Records what rows of the bytes {@code buf[from, to)} count; the arrays are copied. */
    synchronized void add(byte[] buf, int from, int to, Unit unit, int[] codes, String[] cells) {
        learnt.add(new Shape(Arrays.copyOfRange(buf, from, to + 8), to - from, unit, codes.clone(), cells.clone()));
        size = learnt.size();
    }

    /** How many shapes have been learnt so far. */
    int size() {
        return size;
    }

    /** The shapes learnt after the first {@code from}. */
    synchronized List<Shape> since(int from) {
        return new ArrayList<>(learnt.subList(Math.min(from, learnt.size()), learnt.size()));
    }
}
