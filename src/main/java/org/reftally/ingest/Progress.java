package org.reftally.ingest;

/**
 * Told how far a run has read, for a progress display: the bytes read and the data rows seen so
 * far, both summed over the run's files in the order read, so they never decrease. Called from
 * the reading thread every {@value ProgressMeter#STEP} bytes or so and once at the end of each
 * file, never per row: a display costs the reading loop almost nothing.
 *
 * <p>Implementations must return quickly and must not throw. {@link #NONE}, the default, does
 * nothing.
 */
@FunctionalInterface
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (bytes, rows) -> { };

    /**
     * @param bytes bytes of input read so far in the run
     * @param rows  data rows (a ballot, or a returns row) read so far in the run
     */
    void read(long bytes, long rows);
}
