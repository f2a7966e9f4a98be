package org.reftally.ingest;

/**
 * An input file (or jurisdiction file) that cannot be used at all: missing or unreadable, empty,
 * without a usable header, of undecidable kind, not UTF-8, or whose columns make no sense. The
 * message is one line a user can act on, starting {@code file:line:column:} where that helps.
 * The message after the place is cut in its middle to {@value Reject#MAX_REASON} characters: a
 * header name can be a megabyte long. The CLI maps it to exit code 4.
 *
 * <p>Unchecked, immutable, thread-safe.
 */
public class InputFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputFileException(String message) {
        super(message);
    }

    public InputFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code file: message}. */
    static InputFileException of(String file, String message) {
        return new InputFileException(file + ": " + Reject.middleCut(message, Reject.MAX_REASON));
    }

    /** {@code file:line: message}. */
    static InputFileException at(String file, long line, String message) {
        return new InputFileException(file + ":" + line + ": " + Reject.middleCut(message, Reject.MAX_REASON));
    }

    /** {@code file:line:column: message}, the column 1-based. */
    static InputFileException at(String file, long line, int column, String message) {
        return new InputFileException(file + ":" + line + ":" + column + ": "
                + Reject.middleCut(message, Reject.MAX_REASON));
    }
}
