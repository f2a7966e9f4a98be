package org.reftally.ingest;

/**
 * Turns the reading loop's per-row tick into a {@link Progress} call every {@link #STEP} bytes,
 * with running totals over the run's files. Kept apart from the readers so that a new reading
 * path needs only two calls: {@link #row} per data row (or {@link #rows} per chunk), {@link #fileDone}
 * per file.
 *
 * <p>Not thread-safe: one per run, used by the reading thread.
 */
final class ProgressMeter {

    /** Report about every 4 MiB: often enough for a display, rare enough to cost nothing. */
    static final long STEP = 4L << 20;

    private final Progress progress;
    private long finishedBytes;
    private long rows;
    private long next = STEP;

    ProgressMeter(Progress progress) {
        this.progress = progress;
    }

    /** One data row read; {@code bytesInFile} is how far the current file has been read. */
    void row(long bytesInFile) {
        rows++;
        long total = finishedBytes + bytesInFile;
        if (total >= next) {
            progress.read(total, rows);
            next = total + STEP;
        }
    }

    /** {@code newRows} more data rows read at once (a chunk); the file has been read to {@code bytesInFile}. */
    void rows(long bytesInFile, long newRows) {
        rows += newRows;
        long total = finishedBytes + bytesInFile;
        if (total >= next) {
            progress.read(total, rows);
            next = total + STEP;
        }
    }

    /** The current file has been read to its end, {@code fileBytes} long. */
    void fileDone(long fileBytes) {
        finishedBytes += fileBytes;
        next = finishedBytes + STEP;
        progress.read(finishedBytes, rows);
    }
}
