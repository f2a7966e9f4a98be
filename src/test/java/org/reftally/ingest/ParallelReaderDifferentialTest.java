package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

/**
 * The parallel reader must give exactly what the sequential reader (OpenCSV on every line) gives:
 * the same tally, summaries, jurisdictions, and the same rejects (file, line, reason, raw) in the
 * same order, or the same failure, for any thread count and chunking, on seeded random files full
 * of what real exports hold: quotes, quoted separators and newlines, stray quotes, CRLF, a BOM,
 * non-ASCII names, blank lines, empty cells, overvotes, wrong cell counts and repeated IDs.
 */
class ParallelReaderDifferentialTest {

    static final ReadTuning SEQUENTIAL = new ReadTuning(Long.MAX_VALUE, 1);
    private static final String[] STATES = {"CA", "TX", "ny", " FL ", "Zürich", "", "WA"};
    private static final String[] COUNTIES = {"Alpha", "Béta", "", "Gamma County", "d"};
    private static final String[] CHOICES = {"YES", "NO", "yes", " No ", "", "YES|NO", "YES|yes", "|", "maybe",
        "Oui", "NO|"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void parallelAndSequentialReadersAgreeOnRandomFiles(long seed) {
        Random random = new Random(seed * 7919);
        TestInputs in = new TestInputs(dir);
        boolean ids = seed % 3 != 0;
        Path a = in.bytes("a" + seed + ".csv", randomFile(random, ids, 400 + random.nextInt(600)));
        Path b = in.bytes("b" + seed + ".csv", randomFile(random, ids, 50 + random.nextInt(200)));
        List<Path> files = List.of(a, b);
        IngestOptions options = seed % 4 == 1 ? IngestOptions.defaults().withJurisdictions(declared())
                : IngestOptions.defaults();

        Outcome reference = run(files, options, SEQUENTIAL);
        for (int threads : new int[] {1, 2, 3}) {
            for (int chunk : new int[] {1, 17, 256, 4096, 1 << 20}) {
                Outcome parallel = run(files, options.withThreads(threads), new ReadTuning(0, chunk));
                assertSame(reference, parallel, "threads " + threads + ", chunk " + chunk);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24})
    void strictModeStopsAtTheSameFirstRejectOrFailure(long seed) {
        Random random = new Random(seed);
        TestInputs in = new TestInputs(dir);
        Path a = in.bytes("s" + seed + ".csv", randomFile(random, true, 300));
        IngestOptions strict = IngestOptions.defaults().withStrict(true);
        Outcome reference = run(List.of(a), strict, SEQUENTIAL);
        assertThat(reference.failure()).isNotNull();
        for (int chunk : new int[] {1, 64, 1000}) {
            assertSame(reference, run(List.of(a), strict.withThreads(2), new ReadTuning(0, chunk)), "chunk " + chunk);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32})
    void equalHashesAreConfirmedByRereadingInTheParallelReaderToo(long seed) {
        Random random = new Random(seed);
        TestInputs in = new TestInputs(dir);
        Path a = in.bytes("h" + seed + ".csv", randomFile(random, true, 400));
        Outcome reference = run(List.of(a), IngestOptions.defaults(), SEQUENTIAL);
        List<Reject> rejects = new ArrayList<>();
        try (BallotIdIndex fewHashes = new BallotIdIndex(id -> Math.floorMod(id.hashCode(), 4))) {
            Ingest.read(List.of(a), IngestOptions.defaults().withThreads(2), rejects::add, fewHashes,
                    new ReadTuning(0, 97));
        }
        assertThat(rejects).isEqualTo(reference.rejects());
        assertThat(rejects).anyMatch(r -> r.reason().startsWith("duplicate ballot_id"));
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43, 44})
    void quotedCellsOfEveryShapeGiveWhatOpenCsvGives(long seed) {
        Random random = new Random(seed);
        TestInputs in = new TestInputs(dir);
        Path a = in.bytes("q" + seed + ".csv", randomFile(random, seed % 2 == 0, 600, 4));
        Outcome reference = run(List.of(a), IngestOptions.defaults(), SEQUENTIAL);
        for (int chunk : new int[] {1, 61, 4096, 1 << 20}) {
            assertSame(reference, run(List.of(a), IngestOptions.defaults().withThreads(2), new ReadTuning(0, chunk)),
                    "chunk " + chunk);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52})
    void idShardsCheckedOnHelperThreadsFindTheSameDuplicatesInFileOrder(long seed) {
        Random random = new Random(seed);
        TestInputs in = new TestInputs(dir);
        // Chunks of thousands of IDs, so that helper threads take shards (small chunks stay on the merge thread).
        Path a = in.bytes("big" + seed + ".csv", randomFile(random, true, 40_000));
        Path b = in.bytes("more" + seed + ".csv", randomFile(random, true, 8_000));
        Outcome reference = run(List.of(a, b), IngestOptions.defaults(), SEQUENTIAL);
        assertThat(reference.rejects()).anyMatch(r -> r.reason().startsWith("duplicate ballot_id"));
        for (int threads : new int[] {2, 3}) {
            for (int chunk : new int[] {100_000, 1 << 20}) {
                assertSame(reference, run(List.of(a, b), IngestOptions.defaults().withThreads(threads),
                        new ReadTuning(0, chunk)), "threads " + threads + ", chunk " + chunk);
            }
        }
    }

    /** Field by field, rejects first, so that a difference is shown small. */
    static void assertSame(Outcome expected, Outcome actual, String how) {
        assertThat(actual.failure()).as(how).isEqualTo(expected.failure());
        for (int i = 0; i < Math.min(expected.rejects().size(), actual.rejects().size()); i++) {
            assertThat(actual.rejects().get(i)).as(how + ", reject " + i).isEqualTo(expected.rejects().get(i));
        }
        assertThat(actual.rejects()).as(how).hasSameSizeAs(expected.rejects());
        assertThat(actual.inputs()).as(how).isEqualTo(expected.inputs());
        assertThat(actual.jurisdictions()).as(how).isEqualTo(expected.jurisdictions());
        assertThat(actual.tally()).as(how).isEqualTo(expected.tally());
    }

    /** Everything a run shows, or its failure message. */
    record Outcome(String tally, String inputs, String jurisdictions, List<Reject> rejects, String failure) {
    }

    static Outcome run(List<Path> files, IngestOptions options, ReadTuning tuning) {
        List<Reject> rejects = new ArrayList<>();
        try (BallotIdIndex ids = new BallotIdIndex()) {
            IngestResult r = Ingest.read(files, options, rejects::add, ids, tuning);
            return new Outcome(r.tally().toString() + r.tally().contests().hashCode(), r.inputs().toString(),
                    r.jurisdictions().members().toString(), rejects, null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, null, rejects, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static JurisdictionSet declared() {
        return JurisdictionSet.implicit(List.of(JurisdictionId.of("CA"), JurisdictionId.of("TX"),
                JurisdictionId.of("NY"), JurisdictionId.of("WA")));
    }

    private static byte[] randomFile(Random random, boolean ids, int rows) {
        return randomFile(random, ids, rows, 120);
    }

    /** A seeded ballots file; about one cell in {@code quoteOdds / 4} gets one of four quotings. */
    private static byte[] randomFile(Random random, boolean ids, int rows, int quoteOdds) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(4) == 0) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        String eol = random.nextInt(3) == 0 ? "\r\n" : "\n";
        write(out, (ids ? "ballot_id,state,county,choice" : "state,county,choice") + eol);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<String> cells = new ArrayList<>();
            if (ids) {
                String id = used.isEmpty() || random.nextInt(20) != 0 ? "b" + random.nextInt(100_000)
                        : used.get(random.nextInt(used.size()));
                used.add(id);
                cells.add(random.nextInt(30) == 0 ? " " : id);
            }
            cells.add(pick(random, STATES));
            cells.add(pick(random, COUNTIES));
            cells.add(pick(random, CHOICES));
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                line.append(c == 0 ? "" : ",").append(decorate(random, cells.get(c), quoteOdds));
            }
            int odd = random.nextInt(150);
            if (odd == 0) {
                line.append(",extra");
            } else if (odd == 1) {
                line.setLength(Math.max(0, line.lastIndexOf(",")));
            } else if (odd == 2) {
                line.insert(0, "\"");
            } else if (odd == 3) {
                line.setLength(0);
                line.append(random.nextBoolean() ? "   " : "\t");
            }
            write(out, line + (random.nextInt(40) == 0 ? "\r\n" : eol));
            if (i == rows / 2 && random.nextInt(5) == 0) {
                out.writeBytes(new byte[] {'C', 'A', ',', (byte) 0xFF, ',', 'Y', 'E', 'S', '\n'}); // not UTF-8
            }
        }
        if (random.nextBoolean()) {
            write(out, "CA,x,\"YES\n\"\"NO\"\"\"" + eol);
        }
        if (random.nextInt(3) == 0) {
            write(out, "CA,\"unclosed,YES" + eol + "TX,a,NO"); // no final newline
        }
        return out.toByteArray();
    }

    private static String decorate(Random random, String cell, int quoteOdds) {
        return switch (random.nextInt(quoteOdds)) {
            case 0 -> "\"" + cell + "\"";
            case 1 -> "\"" + cell + ",x\"";
            case 2 -> "\"" + cell + "\n" + cell + "\"";
            case 3 -> "\"" + cell + "\"\"q\"";
            default -> cell;
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

}
