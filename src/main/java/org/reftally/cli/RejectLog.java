package org.reftally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.reftally.ingest.Reject;
import org.reftally.ingest.RejectCsv;
import org.reftally.ingest.RejectSink;

/**
 * Where rejected rows go: every one to a CSV file ({@code --rejects FILE}, streamed to a
 * temporary file and moved into place at the end), or the first 20 to stderr with the number of
 * the rest. Memory does not grow with the number of rejects.
 */
final class RejectLog implements RejectSink, AutoCloseable {

    static final int SHOWN = 20;

    private final Path target;
    private final Path temp;
    private final Writer file;
    private final RejectCsv csv;
    private final List<Reject> first = new ArrayList<>();
    private long count;

    RejectLog(Path target) {
        this.target = target;
        if (target == null) {
            this.temp = null;
            this.file = null;
            this.csv = null;
            return;
        }
        try {
            this.temp = AtomicOutput.createTemp(target);
            this.file = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
            this.csv = new RejectCsv(file);
        } catch (IOException e) {
            throw new FileProblemException(target + ": cannot write: " + AtomicOutput.describe(e));
        }
    }

    @Override
    public void accept(Reject reject) {
        count++;
        if (file != null) {
            try {
                csv.write(reject);
            } catch (IOException e) {
                throw new FileProblemException(target + ": cannot write: " + AtomicOutput.describe(e));
            }
        } else if (first.size() < SHOWN) {
            first.add(reject);
        }
    }

    long count() {
        return count;
    }

    /** Moves the rejects file into place, or prints the first rejects to {@code err}. */
    void finish(PrintWriter err, boolean quiet) {
        if (file != null) {
            try {
                csv.close();
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new FileProblemException(target + ": cannot write: " + AtomicOutput.describe(e));
            }
            if (count > 0 && !quiet) {
                err.println("reftally: " + count + " rows rejected; see " + target);
            }
            return;
        }
        if (count == 0 || quiet) {
            return;
        }
        for (Reject r : first) {
            err.println(r);
        }
        if (count > first.size()) {
            err.println("reftally: ... and " + (count - first.size()) + " more rejected rows (use --rejects FILE)");
        }
    }

    /** Removes the temporary file of a failed run. */
    @Override
    public void close() {
        if (file != null && Files.exists(temp)) {
            try {
                file.close();
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Best effort: the run already failed for another reason.
            }
        }
    }
}
