package org.reftally.ingest;

/**
 * Where a returns row was read, kept to name the first row of a unit when the unit comes again.
 * Shown as {@code file:line}, the form of every reject reason; built into a string only then,
 * because a returns file of a million precincts keeps a million of these and names almost none.
 * Immutable and thread-safe.
 */
record RowPlace(String file, long line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
