package org.reftally.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Checks the ballot IDs of one chunk against a run's {@link BallotIdIndex}, shard by shard, on the
 * calling thread and on helper threads at once: the parallel reader's merge would otherwise probe
 * every ID of the file alone, one cache miss each, and be the slowest stage.
 *
 * <p>Deterministic: the merge calls it for chunks in file order and waits for it to finish, each
 * shard's IDs of a chunk are checked in offset order by one thread, and an ID's shard depends only
 * on its hash; so every shard sees its IDs in file order, and the first row with an ID is the one
 * counted whatever the number of threads (the rule of {@link BallotCounter}).
 *
 * <p>Thread-safe for one caller at a time (the merging thread); it must not be called while the
 * file's {@link LineIndex} is being filled.
 */
final class ShardedIdCheck {

    /** A counted row whose ID repeats an earlier row's, and where that one is ({@code file:line}). */
    record Duplicate(long offset, String first) {
    }

    /** Below this many IDs a chunk is checked on the calling thread alone: handing over costs more. */
    private static final int ALONE_BELOW = 2048;

    private final BallotIdIndex ids;
    private final int source;
    private final Executor helpers;
    private final int helperCount;

    /**
     * @param source      the file's number in {@code ids}
     * @param helpers     runs helper tasks; should not be queued behind long tasks
     * @param helperCount how many helper tasks to offer each chunk (0: the caller checks alone)
     */
    ShardedIdCheck(BallotIdIndex ids, int source, Executor helpers, int helperCount) {
        this.ids = ids;
        this.source = source;
        this.helpers = helpers;
        this.helperCount = helperCount;
    }

    /** Records the chunk's IDs; returns the duplicates among them, in offset order. */
    List<Duplicate> check(ChunkResult r) throws IOException {
        Job job = new Job(r);
        if (r.idCount() >= ALONE_BELOW) {
            for (int h = 0; h < helperCount; h++) {
                helpers.execute(job::work);
            }
        }
        job.work();
        try {
            job.done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        Throwable failure = job.failure.get();
        if (failure instanceof RuntimeException re) {
            throw re;
        }
        if (failure instanceof Error err) {
            throw err;
        }
        List<Duplicate> found = new ArrayList<>();
        for (List<Duplicate> d : job.found) {
            if (d != null) {
                found.addAll(d);
            }
        }
        found.sort(Comparator.comparingLong(Duplicate::offset));
        return found;
    }

    /** The shards of one chunk, claimed one at a time by whichever thread comes. */
    private final class Job {
        final ChunkResult r;
        final AtomicInteger next = new AtomicInteger();
        final CountDownLatch done = new CountDownLatch(BallotIdIndex.SHARDS);
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        @SuppressWarnings("unchecked")
        final List<Duplicate>[] found = new List[BallotIdIndex.SHARDS];

        Job(ChunkResult r) {
            this.r = r;
        }

        void work() {
            for (int s = next.getAndIncrement(); s < BallotIdIndex.SHARDS; s = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        checkShard(s);
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown(); // after the writes above: await() then sees them
                }
            }
        }

        private void checkShard(int s) {
            List<Duplicate> dups = new ArrayList<>(0);
            ids.recordAll(s, r.idPairs(), r.shardStart(s), r.shardStart(s + 1), source,
                    (offset, first) -> dups.add(new Duplicate(offset, first)));
            found[s] = dups;
        }
    }
}
