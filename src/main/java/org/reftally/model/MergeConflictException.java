package org.reftally.model;

/**
 * Two partial tallies that cannot be merged without counting something twice or mixing different
 * counts: the same unit in both, the same input file in both, different jurisdiction sets, or
 * different contests or options. The message names both sources and says what to do. The CLI
 * treats it as an input problem (exit code 4).
 *
 * <p>Unchecked, immutable, thread-safe.
 */
public class MergeConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MergeConflictException(String message) {
        super(message);
    }
}
