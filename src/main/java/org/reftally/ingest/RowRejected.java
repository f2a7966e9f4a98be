package org.reftally.ingest;

/**
 * Why a data row cannot be counted, thrown inside the per-row code and turned into a
 * {@link Reject} by the reader that knows the file and line. Rejects are rare, so an exception
 * keeps the counting code straight; it carries no stack trace, which would cost more than the row.
 */
final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    RowRejected(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
