package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.cli.CanvassRun.withoutTitleAndInputs;
import static org.reftally.cli.CanvassRun.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.ingest.FileDigest;

/**
 * Seeded property tests of the canvass invariants, through the CLI: splitting the input and
 * merging the parts never changes the result; the order of ballot rows never changes any output;
 * every row read is counted or rejected.
 */
class CanvassPropertiesTest {

    private static final String[] CHOICES = {"YES", "no", " Yes ", "", "YES|NO", "maybe", "NO", "NO"};
    private static final String[] PLACES = {"ZH", "BE", "GE", "TI"};
    private static final String[] AREAS = {"North", "South", "Lake"};

    @TempDir
    Path dir;

    private static List<String> ballots(Random random, int n) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add("B" + i + "," + PLACES[random.nextInt(PLACES.length)] + "," + AREAS[random.nextInt(AREAS.length)]
                    + "," + CHOICES[random.nextInt(CHOICES.length)]);
        }
        return rows;
    }

    private Path file(String name, String header, List<String> rows) {
        List<String> lines = new ArrayList<>(List.of(header));
        lines.addAll(rows);
        return write(dir.resolve(name), lines);
    }

    /** Cuts {@code rows} into {@code k} non-empty consecutive parts at random places. */
    private static List<List<String>> split(List<String> rows, int k, Random random) {
        List<Integer> cuts = new ArrayList<>();
        while (cuts.size() < k - 1) {
            int cut = 1 + random.nextInt(rows.size() - 1);
            if (!cuts.contains(cut)) {
                cuts.add(cut);
            }
        }
        Collections.sort(cuts);
        cuts.add(rows.size());
        List<List<String>> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(rows.subList(from, cut));
            from = cut;
        }
        return parts;
    }

    private List<Object> tallyParts(List<List<String>> parts, String header) {
        List<Object> partials = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Path json = dir.resolve("part" + i + ".json");
            CanvassRun run = CanvassRun.of("tally", file("part" + i + ".csv", header, parts.get(i)), "-f", "json", "-o", json,
                    "--scheme", "majority,plurality", "-q");
            assertThat(run.code()).as(run.err()).isIn(0, 3);
            partials.add(json);
        }
        return partials;
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 2024})
    void ballotsSplitIntoAnyKPartsTalliedAndMergedGiveTheTallyOfTheWhole(long seed) {
        Random random = new Random(seed);
        String header = "ballot_id,canton,county,choice";
        List<String> rows = ballots(random, 150 + random.nextInt(100));
        CanvassRun whole = CanvassRun.of("tally", file("whole.csv", header, rows), "-f", "json", "--scheme",
                "majority,plurality");
        Collections.shuffle(rows, random);
        List<Object> args = new ArrayList<>(List.of("merge"));
        args.addAll(tallyParts(split(rows, 2 + random.nextInt(4), random), header));
        // Rows split at random put one county's ballots in several parts: batches of one unit.
        args.addAll(List.of("--allow-split-units", "-f", "json", "--scheme", "majority,plurality"));

        CanvassRun merged = CanvassRun.of(args.toArray());

        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(withoutTitleAndInputs(merged.out())).isEqualTo(withoutTitleAndInputs(whole.out()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6, 7, 8})
    void returnsSplitByUnitIntoAnyKPartsMergeStrictlyToTheTallyOfTheWhole(long seed) {
        Random random = new Random(seed);
        String header = "canton,name,area,electorate,YES,NO,blank,invalid";
        List<String> rows = new ArrayList<>();
        for (String place : PLACES) {
            for (String area : AREAS) {
                long yes = random.nextInt(1000);
                long no = random.nextInt(1000);
                // Some units leave blank or the electorate unreported: merged figures must stay lower bounds.
                String blank = random.nextInt(4) == 0 ? "" : Integer.toString(random.nextInt(30));
                String electorate = random.nextInt(5) == 0 ? "" : Long.toString(yes + no + 100);
                rows.add(place + "," + place + " canton," + area + "," + electorate + "," + yes + "," + no + "," + blank
                        + "," + random.nextInt(10));
            }
        }
        CanvassRun whole = CanvassRun.of("tally", file("whole.csv", header, rows), "-f", "json", "--scheme",
                "majority,plurality");
        Collections.shuffle(rows, random);
        List<Object> args = new ArrayList<>(List.of("merge"));
        args.addAll(tallyParts(split(rows, 2 + random.nextInt(4), random), header));
        args.addAll(List.of("-f", "json", "--scheme", "majority,plurality"));

        CanvassRun merged = CanvassRun.of(args.toArray());

        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(withoutTitleAndInputs(merged.out())).isEqualTo(withoutTitleAndInputs(whole.out()));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13})
    void permutingBallotRowsNeverChangesAnyOutputButTheInputHash(long seed) {
        Random random = new Random(seed);
        String header = "ballot_id,canton,county,choice";
        List<String> rows = ballots(random, 120);
        // A rejected row, whatever its place. (Not a repeated ballot ID: there the first row counts,
        // so the order of the two rows decides which vote stands, by design of the ID check.)
        rows.add("x,,North,YES");
        Path original = file("a/ballots.csv", header, rows);
        Collections.shuffle(rows, random);
        Path permuted = file("b/ballots.csv", header, rows);
        String shaA = FileDigest.of(original).sha256();
        String shaB = FileDigest.of(permuted).sha256();

        for (String format : List.of("text", "json", "csv", "markdown", "html")) {
            String a = CanvassRun.of("tally", original, "-f", format, "--title", "T", "--scheme", "majority,plurality",
                    "-q").out();
            String b = CanvassRun.of("tally", permuted, "-f", format, "--title", "T", "--scheme", "majority,plurality",
                    "-q").out();
            assertThat(b.replace(shaB, "SHA").replace(permuted.toString(), "FILE")).as(format)
                    .isEqualTo(a.replace(shaA, "SHA").replace(original.toString(), "FILE"));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24})
    void rowsReadAreAlwaysCountedPlusRejected(long seed) throws Exception {
        Random random = new Random(seed);
        List<String> ballotRows = ballots(random, 80);
        List<String> returnRows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            returnRows.add(PLACES[random.nextInt(PLACES.length)] + "," + AREAS[random.nextInt(AREAS.length)] + i + ","
                    + random.nextInt(100) + "," + random.nextInt(100));
        }
        // Garbage among the rows: wrong cell counts, no jurisdiction, repeated IDs, bad counts.
        String[] badBallots = {"x1,ZH", ",ZH,North,YES", "B3,ZH,North,NO", "x2,ZH,North,YES,extra", "B1,BE,Lake,NO"};
        String[] badReturns = {"ZH,Bad,-3,1", "ZH,Bad2,many,1", "ZH", ",Nowhere,1,1", "BE,North0,1,1,1"};
        for (String bad : badBallots) {
            ballotRows.add(random.nextInt(ballotRows.size()), bad);
        }
        for (String bad : badReturns) {
            returnRows.add(random.nextInt(returnRows.size()), bad);
        }
        Path b = file("b.csv", "ballot_id,canton,county,choice", ballotRows);
        Path r = file("r.csv", "canton,area,YES,NO", returnRows);

        JsonNode report = new ObjectMapper().readTree(CanvassRun.of("tally", b, r, "-f", "json", "-q").out());

        long rows = 0;
        long counted = 0;
        long rejected = 0;
        for (JsonNode input : report.get("inputs")) {
            assertThat(input.get("rows").asLong())
                    .isEqualTo(input.get("counted").asLong() + input.get("rejected").asLong());
            rows += input.get("rows").asLong();
            counted += input.get("counted").asLong();
            rejected += input.get("rejected").asLong();
        }
        assertThat(report.get("inputs").get(0).get("rows").asLong()).isEqualTo(ballotRows.size());
        assertThat(report.get("inputs").get(1).get("rows").asLong()).isEqualTo(returnRows.size());
        assertThat(rejected).isGreaterThanOrEqualTo(badBallots.length + badReturns.length - 1);
        assertThat(report.get("rows").asLong()).isEqualTo(rows).isEqualTo(counted + rejected);
        assertThat(report.get("counted").asLong()).isEqualTo(counted);
        assertThat(report.get("rejected").asLong()).isEqualTo(rejected);
    }
}
