package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress callback: every few MiB and at each file's end, cumulative over the run, never per row. */
class ProgressTest {

    /** One call of {@link Progress#read}. */
    private record Call(long bytes, long rows) {
    }

    /** A ballots file of {@code rows} rows with ballot IDs prefixed by {@code name}. */
    private static Path ballots(Path dir, String name, int rows) throws IOException {
        StringBuilder s = new StringBuilder("ballot_id,jurisdiction,choice\n");
        for (int i = 0; i < rows; i++) {
            s.append(name).append(String.format(java.util.Locale.ROOT, "%07d", i)).append(",NORTH,")
                    .append(i % 3 == 0 ? "NO" : "YES").append('\n');
        }
        Path p = dir.resolve(name + ".csv");
        Files.writeString(p, s, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void progressIsReportedEveryFewMebibytesAndAtEachFilesEndCumulatively(@TempDir Path dir) throws IOException {
        Path first = ballots(dir, "A", 400_000);
        Path second = ballots(dir, "B", 10);
        long firstBytes = Files.size(first);
        long total = firstBytes + Files.size(second);
        List<Call> calls = new ArrayList<>();

        IngestResult result = Ingest.read(List.of(first, second),
                IngestOptions.defaults().withProgress((bytes, rows) -> calls.add(new Call(bytes, rows))), r -> { });

        assertThat(result.complete()).isTrue();
        assertThat(firstBytes).as("the test needs a file of more than one step").isGreaterThan(ProgressMeter.STEP);
        assertThat(calls).as("a few calls, never one per row").hasSizeBetween(3, 2 + (int) (total / ProgressMeter.STEP));
        for (int i = 1; i < calls.size(); i++) {
            assertThat(calls.get(i).bytes()).isGreaterThanOrEqualTo(calls.get(i - 1).bytes());
            assertThat(calls.get(i).rows()).isGreaterThanOrEqualTo(calls.get(i - 1).rows());
        }
        assertThat(calls).contains(new Call(firstBytes, 400_000));
        assertThat(calls.get(calls.size() - 1)).isEqualTo(new Call(total, 400_010));
    }

    @Test
    void withoutADisplayNothingIsReportedAndTheTallyIsTheSame(@TempDir Path dir) throws IOException {
        Path file = ballots(dir, "C", 1_000);
        List<Call> calls = new ArrayList<>();

        IngestResult plain = Ingest.read(List.of(file), IngestOptions.defaults(), r -> { });
        IngestResult watched = Ingest.read(List.of(file),
                IngestOptions.defaults().withProgress((bytes, rows) -> calls.add(new Call(bytes, rows))), r -> { });

        assertThat(IngestOptions.defaults().progress()).isSameAs(Progress.NONE);
        assertThat(watched.tally()).isEqualTo(plain.tally());
        assertThat(calls).containsExactly(new Call(Files.size(file), 1_000));
    }
}
