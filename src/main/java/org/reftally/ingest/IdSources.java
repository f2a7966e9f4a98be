package org.reftally.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a run whose rows carry ballot IDs, laid end to end as one "run position" space, and
 * how to read a recorded ID (or its line) again from a position: what {@link BallotIdIndex} keeps
 * instead of the IDs themselves.
 *
 * <p>Thread-safety: {@link #register} and {@link #close} from one thread only; {@link #idAt} and
 * {@link #locate} may be called from several threads at once (the parallel reader checks ID shards
 * on several threads) as long as no file is registered and no {@link LineIndex} is filled meanwhile:
 * they only use positional reads, and a file's channel is opened once under a lock.
 */
final class IdSources implements Closeable {

    static final int OFFSET_BITS = 40;
    static final long OFFSET_MASK = (1L << OFFSET_BITS) - 1;

    /** One file whose rows have IDs: how to find an ID again in it. */
    private static final class Source {
        final Path path;
        final String display;
        final char separator;
        final int idColumn;
        final LineIndex lines;
        final long base;
        final long bytes;
        FileChannel channel;

        Source(Path path, String display, char separator, int idColumn, LineIndex lines, long base, long bytes) {
            this.path = path;
            this.display = display;
            this.separator = separator;
            this.idColumn = idColumn;
            this.lines = lines;
            this.base = base;
            this.bytes = bytes;
        }
    }

    private final List<Source> sources = new ArrayList<>();
    private long runBytes;

    /** Registers a file of {@code bytes} bytes; returns its number. */
    int register(Path path, String display, char separator, int idColumn, LineIndex lines, long bytes) {
        if (runBytes + bytes > OFFSET_MASK) {
            throw InputFileException.of(display, "the ballot files with ballot_id of one run may hold at most"
                    + " 1 TiB together; split the run");
        }
        sources.add(new Source(path, display, separator, idColumn, lines, runBytes, bytes));
        runBytes += bytes + 1; // + 1: no row of any file sits at run position 0, the empty slot
        return sources.size() - 1;
    }

    /** The run position of the row at byte {@code offset} of file {@code source}. */
    long position(int source, long offset) {
        Source s = sources.get(source);
        if (offset <= 0 || offset >= s.bytes) {
            throw new IllegalArgumentException("offset " + offset + " outside " + s.display);
        }
        return s.base + offset;
    }

    /** The run position of byte 0 of file {@code source}: its rows are at this plus their offsets. */
    long base(int source) {
        return sources.get(source).base;
    }

    /** {@code file:line} of a recorded row. */
    String locate(long position) {
        Source s = sourceAt(position);
        try {
            return s.display + ":" + s.lines.lineAt(position - s.base, channel(s));
        } catch (IOException e) {
            throw cannotReread(s, e);
        }
    }

    /** The ID of the row recorded at run position {@code position}, read again from its file. */
    String idAt(long position) {
        Source s = sourceAt(position);
        try {
            List<String> cells = RowRereader.read(channel(s), position - s.base, s.separator).cells();
            if (s.idColumn >= cells.size()) {
                throw new IOException("the row at byte " + (position - s.base) + " has no ballot_id any more");
            }
            return cells.get(s.idColumn).strip();
        } catch (IOException e) { // including CharacterCodingException: it was UTF-8 when first read
            throw cannotReread(s, e);
        }
    }

    private Source sourceAt(long position) {
        int lo = 0;
        int hi = sources.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sources.get(mid).base <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return sources.get(lo);
    }

    private static FileChannel channel(Source s) throws IOException {
        synchronized (s) {
            if (s.channel == null) {
                s.channel = FileChannel.open(s.path, StandardOpenOption.READ);
            }
            return s.channel;
        }
    }

    private static InputFileException cannotReread(Source s, Exception e) {
        return InputFileException.of(s.display, "cannot read the file again to confirm a duplicate ballot_id ("
                + e.getMessage() + "); was it changed while being read?");
    }

    @Override
    public void close() {
        IOException failure = null;
        for (Source s : sources) {
            if (s.channel != null) {
                try {
                    s.channel.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }
}
