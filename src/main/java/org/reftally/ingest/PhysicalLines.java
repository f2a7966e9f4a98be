package org.reftally.ingest;

import java.io.IOException;

/**
 * A reader of physical lines, decoded as UTF-8 without their terminators, with 1-based line
 * numbers and start offsets: what {@link CsvRows} needs, from a whole file ({@link LineSource}) or
 * from one chunk of it ({@link ChunkLines}).
 *
 * <p>Not thread-safe.
 */
interface PhysicalLines {

    /** Advances to the next physical line; false at the end. */
    boolean next() throws IOException;

    /** The current line without its terminator. */
    String text();

    /** The current line's number, 1-based (relative to the chunk for a chunk). */
    long lineNumber();

    /** The byte offset in the file where the current line starts. */
    long offset();
}
