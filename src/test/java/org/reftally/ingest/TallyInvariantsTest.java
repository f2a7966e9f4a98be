package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.Counts;
import org.reftally.model.Tally;

/** Seeded property tests: how ballots are ordered or split into files never changes the tally. */
class TallyInvariantsTest {

    private static final String[] CELLS = {"YES", "no", " Yes ", "", "YES|NO", "maybe", "NO"};
    private static final String[] PLACES = {"ZH", "BE", "GE", "ZH", "TI"};

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void orderAndSplitOfBallotsNeverChangeTheTally(long seed) {
        Random random = new Random(seed);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(i + "," + PLACES[random.nextInt(PLACES.length)] + "," + CELLS[random.nextInt(CELLS.length)]);
        }
        TestInputs in = new TestInputs(dir);
        Tally whole = in.read(file(in, "whole.csv", rows)).tally();

        Collections.shuffle(rows, random);
        // Each part keeps at least one row: a file with a header and no rows is an input error.
        int cut1 = 1 + random.nextInt(rows.size() - 2);
        int cut2 = cut1 + 1 + random.nextInt(rows.size() - cut1 - 1);
        Tally split = in.read(file(in, "p1.csv", rows.subList(0, cut1)), file(in, "p2.csv", rows.subList(cut1, cut2)),
                file(in, "p3.csv", rows.subList(cut2, rows.size()))).tally();

        assertThat(split.contests()).hasSize(1);
        assertThat(split.contests().get(0).units()).isEqualTo(whole.contests().get(0).units());
        assertThat(in.rejects).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 8, 9})
    void ballotsAndTheReturnsSummingThemGiveTheSameVotes(long seed) {
        Random random = new Random(seed);
        List<String> ballots = new ArrayList<>();
        long[][] perPlace = new long[PLACES.length][3];
        for (int i = 0; i < 200; i++) {
            int place = random.nextInt(3);
            int vote = random.nextInt(3);
            ballots.add(PLACES[place] + "," + new String[] {"YES", "NO", ""}[vote]);
            perPlace[place][vote]++;
        }
        TestInputs in = new TestInputs(dir);
        List<String> ballotLines = new ArrayList<>(List.of("jurisdiction,choice"));
        ballotLines.addAll(ballots);
        List<String> returnLines = new ArrayList<>(List.of("jurisdiction,YES,NO,blank,invalid"));
        for (int p = 0; p < 3; p++) {
            returnLines.add(PLACES[p] + "," + perPlace[p][0] + "," + perPlace[p][1] + "," + perPlace[p][2] + ",0");
        }
        IngestResult fromBallots = in.read(in.csv("b.csv", ballotLines.toArray(String[]::new)));
        IngestResult fromReturns = in.read(in.csv("r.csv", returnLines.toArray(String[]::new)));

        Counts b = fromBallots.tally().contests().get(0).totals(fromBallots.jurisdictions());
        Counts r = fromReturns.tally().contests().get(0).totals(fromReturns.jurisdictions());
        assertThat(b).isEqualTo(r);
    }

    private static Path file(TestInputs in, String name, List<String> rows) {
        List<String> lines = new ArrayList<>(List.of("ballot_id,jurisdiction,choice"));
        lines.addAll(rows);
        return in.csv(name, lines.toArray(String[]::new));
    }
}
