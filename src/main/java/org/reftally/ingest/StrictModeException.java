package org.reftally.ingest;

import java.util.Objects;

/**
 * Thrown at the first rejected row when {@link IngestOptions#strict()} is set: an official count
 * may require that every row be counted, so one bad row stops the run instead of being skipped.
 * The reject is carried here and is <em>not</em> also passed to the {@link RejectSink}, so the user
 * sees it once. The CLI maps it to exit code 3.
 *
 * <p>Unchecked, immutable, thread-safe.
 */
public class StrictModeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reject reject;

    public StrictModeException(Reject reject) {
        super(Objects.requireNonNull(reject, "reject") + " (strict mode stops at the first row it cannot count)");
        this.reject = reject;
    }

    /** The row that stopped the run. */
    public Reject reject() {
        return reject;
    }
}
