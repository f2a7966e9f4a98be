package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.ParallelReaderDifferentialTest.SEQUENTIAL;
import static org.reftally.ingest.ParallelReaderDifferentialTest.assertSame;
import static org.reftally.ingest.ParallelReaderDifferentialTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.ingest.ParallelReaderDifferentialTest.Outcome;

/**
 * Rows counted by their shape (the bytes after a plain ballot ID: {@link RowShapes}) must count
 * exactly as the sequential reader counts them, for IDs of every length and of every odd kind (which
 * must not be shaped), for shapes learnt by one worker and adopted by another, long lines, lines
 * across chunk cuts, the last line without a newline, and files whose shapes outnumber what a
 * worker keeps.
 */
class ShapedRowsTest {

    private static final String[] STATES = {"CA", "TX", "ny", " FL ", "WA", "Zürich"};
    private static final String[] COUNTIES = {"Alpha", "\"Beta, North\"", "", "Gamma County", "\"\"", "d"};
    private static final String[] CHOICES = {"YES", "NO", "", "YES|NO", "maybe", " no ", "\"YES\""};
    /** IDs the fast path must not shape: a space, quote, tab, DEL, non-ASCII, nothing. */
    private static final String[] ODD_IDS = {" b1", "b 1", "\"b1\"", "b\"1", "\tb1", "b\u007f1", "bé1", "", "  "};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void rowsCountedByTheirShapeCountAsTheSequentialReaderCountsThem(long seed) {
        Random random = new Random(seed * 31);
        Path file = new TestInputs(dir).bytes("s" + seed + ".csv", file(random, 3000, seed % 2 == 0 ? "\r\n" : "\n"));
        Outcome reference = run(List.of(file), IngestOptions.defaults(), SEQUENTIAL);
        assertThat(reference.rejects()).isNotEmpty();
        for (int threads : new int[] {1, 2, 3}) {
            for (int chunk : new int[] {7, 64, 1000, 1 << 20}) {
                assertSame(reference, run(List.of(file), IngestOptions.defaults().withThreads(threads),
                        new ReadTuning(0, chunk)), "threads " + threads + ", chunk " + chunk);
            }
        }
    }

    @Test
    void moreShapesThanAWorkerKeepsAreReadTheUsualWay() {
        int cap = 500;
        StringBuilder text = new StringBuilder("ballot_id,state,county,choice\n");
        int rows = cap * 4;
        for (int i = 0; i < rows; i++) {
            text.append('B').append(i).append(",CA,County ").append(i % (cap * 2)).append(",YES\n");
        }
        Path file = new TestInputs(dir).bytes("many.csv", text.toString().getBytes(StandardCharsets.US_ASCII));
        Outcome reference = run(List.of(file), IngestOptions.defaults(), SEQUENTIAL);
        for (int threads : new int[] {1, 2}) {
            ReadTuning capped = new ReadTuning(0, 1 << 20, true, cap);
            assertSame(reference, run(List.of(file), IngestOptions.defaults().withThreads(threads), capped),
                    "threads " + threads);
            try (BallotIdIndex ids = new BallotIdIndex()) {
                IngestResult r = Ingest.read(List.of(file), IngestOptions.defaults().withThreads(threads), x -> { },
                        ids, capped);
                assertThat(r.tally().contests().get(0).totals(r.jurisdictions()).votes(0)).isEqualTo(rows);
            }
        }
    }

    @Test
    void aFileWithoutIdsIsShapedByItsWholeLines() {
        Random random = new Random(99);
        List<String> lines = new ArrayList<>(List.of("state,county,choice"));
        for (int i = 0; i < 2000; i++) {
            lines.add(pick(random, STATES) + "," + pick(random, COUNTIES) + "," + pick(random, CHOICES));
        }
        Path file = new TestInputs(dir).bytes("noid.csv", (String.join("\n", lines)).getBytes(StandardCharsets.UTF_8));
        Outcome reference = run(List.of(file), IngestOptions.defaults(), SEQUENTIAL);
        for (int chunk : new int[] {5, 300, 1 << 20}) {
            assertSame(reference, run(List.of(file), IngestOptions.defaults().withThreads(2), new ReadTuning(0, chunk)),
                    "chunk " + chunk);
        }
    }

    /** Rows of few shapes, IDs of 1 to 20 bytes (some repeated, some odd), a few long and short lines. */
    private static byte[] file(Random random, int rows, String eol) {
        StringBuilder out = new StringBuilder("ballot_id,state,county,choice" + eol);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String id;
            int kind = random.nextInt(40);
            if (kind == 0) {
                id = pick(random, ODD_IDS);
            } else if (kind == 1 && !used.isEmpty()) {
                id = used.get(random.nextInt(used.size()));
            } else {
                String digits = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                id = "B" + digits.substring(0, 1 + random.nextInt(10)) + "~!#".charAt(random.nextInt(3))
                        + "x".repeat(random.nextInt(8));
            }
            used.add(id);
            String county = random.nextInt(200) == 0 ? "C".repeat(250 + random.nextInt(20)) : pick(random, COUNTIES);
            String line = id + "," + pick(random, STATES) + "," + county + "," + pick(random, CHOICES);
            if (random.nextInt(150) == 0) {
                line = line + ",extra";
            }
            out.append(line).append(random.nextInt(50) == 0 ? "\r\n" : eol);
        }
        out.append("Blast,CA,Alpha,NO"); // no final newline
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
