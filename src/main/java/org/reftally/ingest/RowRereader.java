package org.reftally.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads one already-counted row again from its file, by byte offset, with the same RFC 4180 parser
 * as {@link CsvRows}: to confirm a duplicate ballot ID, or to show or take back a row found to be
 * a duplicate only after it was counted (the parallel reader). The row was well-formed when first
 * read, so it parses the same way again as long as the file did not change.
 *
 * <p>Stateless; thread-safe as long as callers do not share a channel position (it only uses
 * positional reads).
 */
final class RowRereader {

    /** A re-read row: its cells and its raw text (physical lines joined by LF, as {@link CsvRow#raw}). */
    record Row(List<String> cells, String raw) {
    }

    private RowRereader() {
    }

    /** The row that starts at byte {@code at} of {@code ch}. */
    static Row read(FileChannel ch, long at, char separator) throws IOException {
        RFC4180Parser parser = new RFC4180ParserBuilder().withSeparator(separator).build();
        List<String> cells = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        int lines = 0;
        do {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            at = readLine(ch, at, line);
            byte[] bytes = line.toByteArray();
            int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, n)).toString();
            raw.append(lines == 0 ? "" : "\n").append(text);
            String[] parsed = parser.parseLineMulti(text);
            if (parsed != null) {
                Collections.addAll(cells, parsed);
            }
            lines++;
        } while (parser.isPending() && lines < CsvRows.MULTILINE_LIMIT && at >= 0);
        return new Row(cells, raw.toString());
    }

    /** Appends the bytes of the line at {@code at} (without LF); returns the next line's offset, or -1 at the end. */
    private static long readLine(FileChannel ch, long at, ByteArrayOutputStream out) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(512);
        while (true) {
            chunk.clear();
            int n = ch.read(chunk, at);
            if (n <= 0) {
                return -1;
            }
            for (int k = 0; k < n; k++) {
                if (chunk.get(k) == '\n') {
                    out.write(chunk.array(), 0, k);
                    return at + k + 1;
                }
            }
            out.write(chunk.array(), 0, n);
            at += n;
            if (out.size() > LineSource.MAX_LINE_BYTES) {
                throw new IOException("line too long");
            }
        }
    }
}
