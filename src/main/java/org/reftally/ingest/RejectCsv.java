package org.reftally.ingest;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes rejected rows as CSV {@code file,line,reason,raw} through OpenCSV, one row at a time, so
 * that a rejects file never needs the rejects in memory. Not thread-safe.
 */
public final class RejectCsv {

    private final ICSVWriter csv;

    /** Starts a rejects file on {@code out}, writing its header. */
    public RejectCsv(Writer out) {
        this.csv = new CSVWriter(out, ',', ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER,
                "\n");
        csv.writeNext(new String[] {"file", "line", "reason", "raw"}, false);
    }

    public void write(Reject reject) throws IOException {
        csv.writeNext(new String[] {reject.file(), Long.toString(reject.line()), reject.reason(), reject.raw()},
                false);
        if (csv.checkError()) {
            throw new IOException("write failed");
        }
    }

    public void close() throws IOException {
        csv.close();
    }
}
