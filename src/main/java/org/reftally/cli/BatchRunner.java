package org.reftally.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reftally.ingest.BatchElection;

/**
 * Runs the elections of a batch on up to {@code jobs} threads and returns their outcomes in
 * manifest order, whatever order they finish in: outputs are then written from this list, so
 * they are byte-identical for any number of jobs. Each election has its own state (its reject
 * log, its ingest run); the shared pieces (schemes, renderers, jurisdiction sets) are immutable.
 */
final class BatchRunner {

    private BatchRunner() {
    }

    static List<ElectionRun.Outcome> run(List<BatchElection> elections, int jobs) {
        if (jobs == 1) {
            return elections.stream().map(ElectionRun::run).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, elections.size()), r -> {
            Thread t = new Thread(r, "reftally-batch");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ElectionRun.Outcome>> futures = new ArrayList<>();
            for (BatchElection e : elections) {
                futures.add(pool.submit(() -> ElectionRun.run(e)));
            }
            List<ElectionRun.Outcome> outcomes = new ArrayList<>();
            for (Future<ElectionRun.Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the batch was interrupted", e);
        } catch (ExecutionException e) {
            // ElectionRun turns every exception into a result; only an Error (out of memory) gets here.
            throw new IllegalStateException("an election failed unexpectedly: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The batch's exit code: 1 when any election hit an internal error (a bug makes every result
     * suspect), else the highest code of all (4 file problem, 3 rejected rows, 2 usage, 0 ok).
     */
    static int worst(List<Integer> codes) {
        if (codes.contains(ExitCodes.INTERNAL)) {
            return ExitCodes.INTERNAL;
        }
        return codes.stream().mapToInt(Integer::intValue).max().orElse(ExitCodes.OK);
    }
}
