package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.TestInputs.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reftally.model.InputSummary;

class BallotIdTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @Test
    void aRepeatedBallotIdIsRejectedNamingTheFirst() {
        Path f = in.csv("b.csv", "ballot_id,jurisdiction,choice", "A1,ZH,YES", "A2,ZH,NO", "A1,ZH,NO", " A2 ,BE,YES");
        IngestResult r = in.read(f);
        assertThat(in.rejectLines()).containsExactly(
                f + ":4: duplicate ballot_id A1, first seen at " + f + ":2",
                f + ":5: duplicate ballot_id A2, first seen at " + f + ":3");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 1);
    }

    @Test
    void ballotIdsAreCheckedAcrossAllFilesOfTheRun() {
        Path a = in.csv("a.csv", "ballot_id,jurisdiction,choice", "1,ZH,YES", "2,ZH,YES");
        Path b = in.csv("b.csv", "jurisdiction;ballot_id;choice", "ZH;3;NO", "BE;2;NO");
        IngestResult r = in.read(a, b);
        assertThat(in.rejectLines()).containsExactly(b + ":3: duplicate ballot_id 2, first seen at " + a + ":3");
        assertThat(r.inputs()).extracting(InputSummary::rejected).containsExactly(0L, 1L);
    }

    @Test
    void ballotIdsAreCaseSensitive() {
        in.read(in.csv("b.csv", "ballot_id,jurisdiction,choice", "abc,ZH,YES", "ABC,ZH,YES"));
        assertThat(in.rejects).isEmpty();
    }

    @Test
    void anEmptyBallotIdIsRejected() {
        Path f = in.csv("b.csv", "ballot_id,jurisdiction,choice", " ,ZH,YES", "1,ZH,NO");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":2: missing ballot_id");
    }

    @Test
    void aRejectedRowDoesNotClaimItsBallotId() {
        Path f = in.csv("b.csv", "ballot_id,jurisdiction,choice", "7,,YES", "7,ZH,NO");
        IngestResult r = in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":2: missing jurisdiction");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(0, 1);
    }

    @Test
    void equalHashesOfDifferentIdsAreNotDuplicates() {
        Path f = in.csv("b.csv", "ballot_id,jurisdiction,choice", "alpha,ZH,YES", "beta,ZH,YES", "\"gam\nma\",ZH,NO",
                "delta,ZH,NO", "beta,ZH,NO", "gam\nma".replace("\n", "\\n") + ",ZH,NO", "\"gam\nma\",BE,NO");
        BallotIdIndex everyIdCollides = new BallotIdIndex(id -> 42L);
        IngestResult r = Ingest.read(List.of(f), IngestOptions.defaults(), in.rejects::add, everyIdCollides);
        everyIdCollides.close();

        assertThat(in.rejectLines()).containsExactly(
                f + ":7: duplicate ballot_id beta, first seen at " + f + ":3",
                f + ":9: duplicate ballot_id gam\nma, first seen at " + f + ":4");
        // alpha, beta, gam-newline-ma, delta and the different ID gam-backslash-n-ma
        assertThat(unit(r, "referendum", "ZH").cast().value()).isEqualTo(5);
    }

    @Test
    void collidingHashesStayExactOverManyRowsAndFiles() {
        Random random = new Random(20240611L);
        List<String> idsA = new ArrayList<>();
        List<String> linesA = new ArrayList<>(List.of("ballot_id,jurisdiction,choice"));
        List<String> linesB = new ArrayList<>(List.of("jurisdiction,ballot_id,choice"));
        int expectedDuplicates = 0;
        for (int i = 0; i < 1_000; i++) {
            String id = "id-" + random.nextInt(1_000_000);
            if (idsA.contains(id)) {
                expectedDuplicates++;
            }
            idsA.add(id);
            linesA.add(id + ",ZH,YES");
        }
        for (int i = 0; i < 300; i++) {
            boolean repeat = random.nextBoolean();
            String id = repeat ? idsA.get(random.nextInt(idsA.size())) : "other-" + i;
            expectedDuplicates += repeat ? 1 : 0;
            linesB.add("BE," + id + ",NO");
        }
        Path a = in.csv("a.csv", linesA.toArray(String[]::new));
        Path b = in.csv("b.csv", linesB.toArray(String[]::new));
        // Eight hash values for 1,300 IDs: nearly every lookup meets unequal IDs with equal hashes.
        try (BallotIdIndex fewHashes = new BallotIdIndex(id -> Math.floorMod(id.hashCode(), 8))) {
            Ingest.read(List.of(a, b), IngestOptions.defaults(), in.rejects::add, fewHashes);
        }
        List<Reject> exact = new ArrayList<>(in.rejects);
        in.rejects.clear();
        in.read(a, b);

        assertThat(exact).hasSize(expectedDuplicates).isEqualTo(in.rejects);
    }

    @Test
    void theDefaultHashSpreadsSimilarIds() {
        assertThat(BallotIdIndex.defaultHash("A1")).isNotEqualTo(BallotIdIndex.defaultHash("A2"));
        assertThat(BallotIdIndex.defaultHash("A1")).isEqualTo(BallotIdIndex.defaultHash("A1"));
    }

    @Test
    void firstSeenReportsTheLineFromTheSparseLineIndexFarIntoAFile() {
        List<String> lines = new ArrayList<>(List.of("ballot_id,jurisdiction,choice"));
        for (int i = 0; i < 1_000; i++) {
            lines.add(i + ",ZH,YES");
        }
        lines.add("777,ZH,NO");
        Path f = in.csv("b.csv", lines.toArray(String[]::new));
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":1002: duplicate ballot_id 777, first seen at " + f + ":779");
    }

    @Test
    void theIdTableTakesAtMostSixteenBytesPerIdAtAnySize() {
        List<String> lines = new ArrayList<>(List.of("ballot_id,jurisdiction,choice"));
        for (int i = 0; i < 5_000; i++) {
            lines.add("id" + i + ",ZH,YES");
        }
        Path f = in.csv("b.csv", lines.toArray(String[]::new));
        try (BallotIdIndex ids = new BallotIdIndex()) {
            Ingest.read(List.of(f), IngestOptions.defaults(), in.rejects::add, ids);
            assertThat(ids.size()).isEqualTo(5_000);
            assertThat(ids.tableBytes()).isLessThanOrEqualTo(16L * ids.size());
        }
    }
}
