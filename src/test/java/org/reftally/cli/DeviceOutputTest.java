package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output that is not a regular file (a device such as {@code /dev/null}, a named pipe) is
 * written in place, never replaced by a file: as root, {@code -o /dev/null} used to turn the null
 * device into a regular file holding the report.
 */
class DeviceOutputTest {

    @TempDir
    Path dir;

    @Test
    void devicesAndPipesAreWrittenInPlaceFilesAndNewPathsAreNot() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")) && !Files.isRegularFile(Path.of("/dev/zero")));
        assertThat(AtomicOutput.inPlace(Path.of("/dev/zero"))).isTrue();
        assertThat(AtomicOutput.inPlace(Files.writeString(dir.resolve("old.txt"), "x"))).isFalse();
        assertThat(AtomicOutput.inPlace(dir.resolve("new.txt"))).isFalse();
    }

    @Test
    void aReportToANamedPipeReachesItsReaderAndThePipeStays() throws Exception {
        Path fifo = dir.resolve("report.pipe");
        assumeTrue(mkfifo(fifo), "mkfifo is available");
        Path input = Files.writeString(dir.resolve("b.csv"), "jurisdiction,choice\nZH,YES\nBE,NO\n");
        // The reader blocks until the report opens the pipe for writing; a daemon, so that a
        // report written elsewhere cannot keep the test from ending.
        CompletableFuture<String> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                read.complete(Files.readString(fifo, StandardCharsets.UTF_8));
            } catch (IOException e) {
                read.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();

        CliRun run = CliRun.run("tally", input.toString(), "-f", "json", "-o", fifo.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.isRegularFile(fifo)).as("the pipe was replaced by a file").isFalse();
        assertThat(read.get()).startsWith("{").contains("\"format_version\": 1");
    }

    private static boolean mkfifo(Path path) throws InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
