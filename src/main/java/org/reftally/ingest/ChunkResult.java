package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;

/**
 * What a worker found in one chunk, for the merge to apply in file order: the counts, the rejects
 * it could decide alone, the (hash, offset) of every counted row's ballot ID (whether it repeats an
 * earlier one can only be decided in file order), chunk-relative line marks, how many newlines the
 * chunk's range holds, where the next record starts, and the failure that stopped it, if any.
 * Rejects are in offset order; IDs too, until the worker groups them by shard (in offset order
 * within each shard). Line numbers are relative to the chunk (1 = its first line).
 *
 * <p>Not thread-safe: filled by one worker, then read by the merging thread (a {@code Future}
 * hands it over, which makes the writes visible).
 */
final class ChunkResult {

    /** A row the worker rejected; its raw text already cut near {@link Reject#MAX_RAW}, which {@link Reject} then applies exactly. */
    record Rejected(long line, long offset, String reason, String raw) {

        Rejected {
            if (raw != null && raw.length() > Reject.MAX_RAW + 1) {
                raw = raw.substring(0, Reject.MAX_RAW + 1); // one more: Reject decides about a split surrogate pair
            }
        }
    }

    final ChunkCounts counts;
    /** The rows counted by their shape (not in {@link #counts}). */
    RowShapes.Snapshot shapes;
    final List<Rejected> rejects = new ArrayList<>();
    /**
     * Each thread's (hash, offset) buffer, reused from chunk to chunk: growing a fresh array per
     * chunk was most of the reader's garbage. Only the exact-size grouped copy is handed over.
     */
    private static final ThreadLocal<long[][]> SCRATCH = ThreadLocal.withInitial(() -> new long[][] {new long[1 << 12]});

    private final long[][] scratch = SCRATCH.get();
    private long[] ids;
    private int idCount;
    private int[] shardStart;
    long[] marks;
    long rows;
    long counted;
    long newlines;
    long nextStart;
    ChunkFailure failure;

    ChunkResult(ChunkCounts counts) {
        this.counts = counts;
    }

    /** Records a counted row's ID hash; on the thread that made this result, before {@link #groupIdsByShard}. */
    void id(long hash, long offset) {
        long[] buffer = scratch[0];
        if (idCount * 2 == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
            scratch[0] = buffer;
        }
        buffer[idCount * 2] = hash;
        buffer[idCount * 2 + 1] = offset;
        idCount++;
    }

    int idCount() {
        return idCount;
    }

    /**
     * Regroups the recorded IDs by {@link BallotIdIndex#shardOf shard}, keeping offset order within
     * each shard (a stable counting sort), so that the shards can be checked apart. Called once, by
     * the worker, after the last ID. The grouped copy goes into an array from {@code spares} when one
     * is large enough: a few megabytes per chunk, which the garbage collector would otherwise handle
     * as a "humongous" object each time (with G1, each one started a concurrent collection cycle).
     */
    void groupIdsByShard(Queue<long[]> spares) {
        long[] grouped = spares.poll();
        if (grouped == null || grouped.length < idCount * 2) {
            grouped = new long[idCount * 2];
        }
        shardStart = group(scratch[0], idCount, grouped);
        ids = grouped;
    }

    /**
     * The counting sort of {@link #groupIdsByShard}: {@code count} (hash, offset) pairs from
     * {@code ids} into {@code grouped}; returns where each shard starts. Only loops, kept apart from
     * the branches above, which made the JIT compile it again and again.
     */
    private static int[] group(long[] ids, int count, long[] grouped) {
        int[] start = new int[BallotIdIndex.SHARDS + 1];
        for (int i = 0; i < count; i++) {
            start[BallotIdIndex.shardOf(ids[i * 2]) + 1]++;
        }
        for (int s = 0; s < BallotIdIndex.SHARDS; s++) {
            start[s + 1] += start[s];
        }
        int[] next = Arrays.copyOf(start, BallotIdIndex.SHARDS);
        for (int i = 0; i < count; i++) {
            int at = next[BallotIdIndex.shardOf(ids[i * 2])]++;
            grouped[at * 2] = ids[i * 2];
            grouped[at * 2 + 1] = ids[i * 2 + 1];
        }
        return start;
    }

    /** The first ID index of shard {@code s} (after {@link #groupIdsByShard}); its last is {@code shardStart(s + 1) - 1}. */
    int shardStart(int s) {
        return shardStart[s];
    }

    /** The grouped (hash, offset) pairs (after {@link #groupIdsByShard}); not to be changed. */
    long[] idPairs() {
        return ids;
    }
}
