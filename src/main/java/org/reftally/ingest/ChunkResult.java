package org.reftally.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a worker found in one chunk, for the merge to apply in file order: the counts, the rejects
 * it could decide alone, the (hash, offset) of every counted row's ballot ID (whether it repeats an
 * earlier one can only be decided in file order), chunk-relative line marks, how many newlines the
 * chunk's range holds, where the next record starts, and the failure that stopped it, if any.
 * Rejects and IDs are in offset order. Line numbers are relative to the chunk (1 = its first line).
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
    final List<Rejected> rejects = new ArrayList<>();
    private long[] ids = new long[64];
    private int idCount;
    long[] marks;
    long rows;
    long counted;
    long newlines;
    long nextStart;
    ChunkFailure failure;

    ChunkResult(ChunkCounts counts) {
        this.counts = counts;
    }

    void id(long hash, long offset) {
        if (idCount * 2 == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[idCount * 2] = hash;
        ids[idCount * 2 + 1] = offset;
        idCount++;
    }

    int idCount() {
        return idCount;
    }

    long idHash(int i) {
        return ids[i * 2];
    }

    long idOffset(int i) {
        return ids[i * 2 + 1];
    }
}
