package org.reftally.ingest;

/**
 * One CSV record as read: its cells (untrimmed), where it starts, and its raw text; or, when the
 * record is malformed, the problem and no cells.
 *
 * @param cells   the cells, or null when {@code problem} is set
 * @param line    the physical line where the record starts, 1-based
 * @param offset  the byte offset where the record starts
 * @param raw     the record's text (its physical lines joined by {@code \n})
 * @param problem why the record is malformed, or null
 */
record CsvRow(String[] cells, long line, long offset, String raw, String problem) {

    boolean malformed() {
        return problem != null;
    }

    /** The cell at {@code index}, trimmed; empty for a missing column ({@code index < 0}). */
    String cell(int index) {
        return index < 0 ? "" : cells[index].strip();
    }
}
