package org.reftally.report;

import java.util.List;
import java.util.Objects;

/**
 * A table laid out once and drawn by several renderers (aligned text, Markdown): column headers
 * and alignments, rows of cell text, and notes explaining marks used in the cells.
 *
 * <p>Cells hold display text that is not yet escaped for any format. Every row has one cell per
 * column. Immutable.
 */
record Table(List<String> headers, List<Align> aligns, List<List<String>> rows, List<String> notes) {

    /** Text columns are left-aligned, figures right-aligned so that digits line up. */
    enum Align {
        LEFT,
        RIGHT
    }

    Table {
        headers = List.copyOf(headers);
        aligns = List.copyOf(aligns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        if (headers.size() != aligns.size()) {
            throw new IllegalArgumentException("a table needs one alignment per column");
        }
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a table row needs one cell per column: " + row);
            }
            row.forEach(cell -> Objects.requireNonNull(cell, "cell"));
        }
    }

    int columns() {
        return headers.size();
    }
}
