package org.reftally.ingest;

/**
 * A chunk that cannot be read on (a line that is not UTF-8 or is too long), at a line number
 * relative to the chunk: the merge, which knows where the chunk starts, turns it into the
 * {@link InputFileException} the sequential reader would have thrown. No stack trace: it is a value.
 */
final class ChunkFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;

    ChunkFailure(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** The chunk-relative line. */
    long line() {
        return line;
    }
}
