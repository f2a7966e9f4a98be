package org.reftally.cli;

/** An output file problem, with a message naming the file; exit code {@link ExitCodes#FILE}. */
final class FileProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileProblemException(String message) {
        super(message);
    }
}
