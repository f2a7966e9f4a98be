package org.reftally.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.reftally.ingest.Progress;

/**
 * The progress bar while the inputs are read: megabytes read of the total, the time elapsed and
 * left, and rows read per second (in a ballots file a row is a ballot), short enough for an
 * 80-column terminal. Drawn by
 * the maintained {@code me.tongfei:progressbar} library on the terminal the
 * {@link ProgressPolicy} allows, and removed when reading ends, so that what follows on stderr
 * (rejected rows, errors) starts on a clean line.
 *
 * <p>Shown only when all hold: not {@code --quiet}; the inputs total at least the policy's
 * size; stderr is a terminal. Otherwise this is a display that shows nothing. Called by the
 * reading thread; the library redraws from its own thread and is safe for that.
 */
final class ProgressDisplay implements Progress, AutoCloseable {

    private static final ProgressDisplay NONE = new ProgressDisplay(null);

    private final ProgressBar bar;
    private final long started = System.nanoTime();

    private ProgressDisplay(ProgressBar bar) {
        this.bar = bar;
    }

    static ProgressDisplay open(ProgressPolicy policy, List<Path> files, boolean quiet) {
        if (quiet) {
            return NONE;
        }
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException | SecurityException e) {
                return NONE; // The reader reports the file's problem; a bar has nothing to add.
            }
        }
        if (total < policy.minBytes() || !policy.terminal().isTerminal()) {
            return NONE;
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName("Reading").setInitialMax(total)
                .setUnit(" MB", 1_000_000).setUpdateIntervalMillis(500)
                .setConsumer(new ConsoleProgressBarConsumer(policy.terminal().stream())).clearDisplayOnFinish()
                .build();
        return new ProgressDisplay(bar);
    }

    /** Whether a bar is being drawn. */
    boolean shown() {
        return bar != null;
    }

    @Override
    public void read(long bytes, long rows) {
        if (bar == null) {
            return;
        }
        long millis = Math.max(1, (System.nanoTime() - started) / 1_000_000);
        // Whole rows per second in long arithmetic; this is a display and decides nothing.
        long perSecond = rows * 1000 / millis;
        bar.stepTo(bytes);
        bar.setExtraMessage(String.format(Locale.ROOT, "%,d rows/s", perSecond));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
