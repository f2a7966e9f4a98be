package org.reftally.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows of each {@link RowShapes shape} summed over the chunks merged so far, per worker: what
 * the merge adds per chunk instead of the chunk's counts of those rows (an array sum, however many
 * units the chunk touched), and turns into counts once, at the end ({@link #addTo}).
 *
 * <p>Sums are the same in any order, so the counts do not depend on which worker read which chunk;
 * rows taken back as duplicates are subtracted from the chunk's own {@link ChunkCounts}, and only
 * the file's final sums decide which units were counted at all.
 *
 * <p>Not thread-safe: the merging thread's. Keyed by identity ({@link RowShapes} keeps {@code Object}'s equality).
 */
final class ShapeTotals {

    private final Map<RowShapes, RowShapes.Snapshot> latest = new LinkedHashMap<>();
    private final Map<RowShapes, long[]> rows = new LinkedHashMap<>();

    /** Adds one merged chunk's rows per shape. */
    void add(RowShapes.Snapshot chunk) {
        long[] sum = rows.get(chunk.owner());
        if (sum == null || sum.length < chunk.shapes()) {
            sum = sum == null ? new long[chunk.shapes()] : Arrays.copyOf(sum, chunk.shapes());
            rows.put(chunk.owner(), sum);
        }
        addUp(sum, chunk.rows());
        RowShapes.Snapshot before = latest.get(chunk.owner());
        if (before == null || before.shapes() < chunk.shapes()) {
            latest.put(chunk.owner(), chunk);
        }
    }

    /** {@code sum[s] += rows[s]}: a loop of its own, which the JIT compiles once, small. */
    private static void addUp(long[] sum, long[] rows) {
        for (int s = 0; s < rows.length; s++) {
            sum[s] += rows[s];
        }
    }

    /** Adds every shape's rows, summed over the merged chunks, to {@code counts}. */
    void addTo(ChunkCounts counts) {
        latest.forEach((owner, shapes) -> {
            long[] sum = rows.get(owner);
            for (int s = 0; s < sum.length; s++) {
                if (sum[s] != 0) {
                    shapes.add(s, sum[s], counts);
                }
            }
        });
    }
}
