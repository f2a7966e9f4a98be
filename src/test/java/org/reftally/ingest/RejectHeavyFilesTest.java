package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

/**
 * Files that are mostly rejects (garbage after a good header, the wrong jurisdiction set): the
 * parallel reader stops a chunk at {@link ChunkParser#MAX_REJECTS} rejects and reads the rest of
 * it in slices, so memory does not fill with rejects waiting for the merge; rejects, line numbers,
 * counts and duplicate IDs must stay exactly those of the sequential reader.
 */
class RejectHeavyFilesTest {

    private static final String[] BAD = {",NO", "ZH,YES,extra", "ZH", "ZH,\"YES", "Z\u0001H,NO", "state,choice",
        "ZH,\"multi", "line\"", "  ", ""};

    @TempDir
    Path dir;

    /** {@code rows} data lines, about {@code badPercent} of them rejected, with ballot IDs and some repeats. */
    private Path file(long seed, int rows, int badPercent) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder("ballot_id,state,choice\n");
        for (int i = 0; i < rows; i++) {
            if (random.nextInt(100) < badPercent) {
                b.append(i).append(',').append(BAD[random.nextInt(BAD.length)]).append('\n');
            } else {
                int id = random.nextInt(50) == 0 ? random.nextInt(i + 1) : i; // now and then a repeated ID
                b.append(id).append(random.nextBoolean() ? ",ZH," : ",BE,").append(random.nextBoolean() ? "YES" : "NO")
                        .append('\n');
            }
        }
        return new TestInputs(dir).bytes("heavy" + seed + ".csv", b.toString().getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aFileOfMostlyRejectsReadsTheSameInParallelAsSequentially(long seed) {
        Path f = file(seed, 40_000, 90);
        BothReaders.Outcome out = BothReaders.read(List.of(f), IngestOptions.defaults(), 1 << 20, 1 << 16, 4096);
        assertThat(out.rejects()).hasSizeGreaterThan(4 * ChunkParser.MAX_REJECTS);
        assertThat(out.rejects()).anyMatch(r -> r.reason().startsWith("duplicate ballot_id"));
        IngestResult r = out.read();
        assertThat(r.inputs().get(0).counted() + r.inputs().get(0).rejected()).isEqualTo(r.inputs().get(0).rows());
    }

    @Test
    void theWrongJurisdictionSetRejectsEveryRowInParallelAsSequentially() {
        Path f = file(4, 30_000, 0);
        JurisdictionSet wrong = JurisdictionSet.implicit(List.of(JurisdictionId.of("CA"), JurisdictionId.of("TX")));
        BothReaders.Outcome out = BothReaders.read(List.of(f), IngestOptions.defaults().withJurisdictions(wrong),
                1 << 20, 1 << 16);
        assertThat(out.read().inputs().get(0).counted()).isZero();
        assertThat(out.rejects()).hasSize(30_000).last().extracting(Reject::line).isEqualTo(30_001L);
    }

    @Test
    void theRawTextOfARejectIsCutAlreadyInTheChunk() {
        ChunkResult.Rejected r = new ChunkResult.Rejected(1, 0, "why", "x".repeat(10 * Reject.MAX_RAW));
        assertThat(r.raw()).hasSize(Reject.MAX_RAW + 1);
        assertThat(new Reject("f", 1, "why", r.raw()).raw()).hasSize(Reject.MAX_RAW);
    }
}
