package org.reftally.ingest;

/**
 * The files and options of a run do not fit together, though each may be fine on its own: no
 * input, the same input twice (by path, link or identical bytes), a {@code --contest} or
 * {@code --options NAME=} naming no contest of the input. The user fixes the command line, not a
 * file: the CLI maps it to exit code 2, like any usage error. The message is one line a user can
 * act on.
 *
 * <p>An {@link IllegalArgumentException}, as {@link Ingest#read} documents for options that do
 * not fit the input. Unchecked, immutable, thread-safe.
 */
public class InputSelectionException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InputSelectionException(String message) {
        super(message);
    }
}
