package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.ingest.GeneratorFixtures.f;
import static org.reftally.ingest.GeneratorFixtures.written;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;

class GeneratorFileTest {

    private static final OptionId YES = OptionId.of("YES");

    private static GeneratorSpec.Builder rehearsal(long ballots, long seed) {
        return GeneratorSpec.builder(GeneratorFixtures.usStates(), ballots).seed(seed)
                .shares(Map.of(YES, f("0.48"))).spread(f("0.05")).blank(f("0.01")).invalid(f("0.005"))
                .duplicates(GeneratorAmount.share(f("0.002"))).malformed(GeneratorAmount.exactly(17));
    }

    @Test
    void theSameSpecGivesIdenticalBytes() {
        assertThat(written(rehearsal(20_000, 3).build())).isEqualTo(written(rehearsal(20_000, 3).build()));
    }

    @Test
    void anotherSeedGivesOtherBytesButTheSameShapeOfFile() {
        String a = written(rehearsal(20_000, 3).build());
        String b = written(rehearsal(20_000, 4).build());
        assertThat(a).isNotEqualTo(b);
        assertThat(a.lines().count()).isEqualTo(b.lines().count()).isEqualTo(20_001);
    }

    @Test
    void theWrittenFileRecountsToThePlanExactly() {
        GeneratorSpec spec = rehearsal(100_000, 2024).build();
        GeneratorPlan plan = Generator.plan(spec);
        SyntheticRecount recount = SyntheticRecount.of(written(spec), spec.contest());
        assertThat(recount.rows()).isEqualTo(plan.rows()).isEqualTo(100_000);
        assertThat(recount.duplicates()).isEqualTo(plan.duplicates()).isEqualTo(200);
        assertThat(recount.malformed()).isEqualTo(plan.malformed()).isEqualTo(17);
        assertThat(recount.units()).isEqualTo(plan.tally().units());
    }

    @Test
    void seededRandomSpecsRecountToTheirPlans() {
        Random random = new Random(99);
        for (int trial = 0; trial < 30; trial++) {
            int members = 1 + random.nextInt(8);
            long ballots = random.nextInt(3000);
            List<OptionId> options = random.nextBoolean() ? List.of(YES, OptionId.of("NO"))
                    : List.of(OptionId.of("A"), OptionId.of("B"), OptionId.of("C"));
            long duplicates = ballots < 4 ? 0 : random.nextInt((int) (ballots / 4));
            GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.plain(members), ballots)
                    .seed(random.nextLong()).options(options).spread(Fraction.of(random.nextInt(30), 100))
                    .blank(Fraction.of(random.nextInt(100), 1000)).invalid(Fraction.of(random.nextInt(100), 1000))
                    .duplicates(GeneratorAmount.exactly(duplicates))
                    .malformed(GeneratorAmount.exactly(ballots < 4 ? 0 : random.nextInt((int) (ballots / 4))))
                    .build();
            GeneratorPlan plan = Generator.plan(spec);
            SyntheticRecount recount = SyntheticRecount.of(written(spec), spec.contest());
            assertThat(recount.rows()).isEqualTo(ballots);
            assertThat(recount.duplicates()).isEqualTo(plan.duplicates());
            assertThat(recount.malformed()).isEqualTo(plan.malformed());
            assertThat(recount.units()).as("trial %d", trial).isEqualTo(plan.tally().units());
        }
    }

    @Test
    void aDuplicateRepeatsAnEarlierRowExactly() {
        String[] lines = written(rehearsal(20_000, 8).build()).split("\n");
        Map<String, String> firstById = new HashMap<>();
        int duplicates = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length != 3) {
                continue;
            }
            String first = firstById.putIfAbsent(cells[0], lines[i]);
            if (first != null) {
                assertThat(lines[i]).isEqualTo(first);
                duplicates++;
            }
        }
        assertThat(duplicates).isEqualTo(40);
    }

    @Test
    void malformedRowsHaveTwoOrFourCellsAndNoQuotes() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.plain(3), 1000).seed(1)
                .malformed(GeneratorAmount.exactly(100)).build();
        String[] lines = written(spec).split("\n");
        Map<Integer, Integer> byCells = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int cells = lines[i].split(",", -1).length;
            byCells.merge(cells, 1, Integer::sum);
            if (cells == 4) {
                assertThat(lines[i]).matches("B\\d{4},J\\d,YES,YES");
            } else if (cells == 2) {
                assertThat(lines[i]).matches("B\\d{4},J\\d");
            }
        }
        assertThat(byCells).containsExactlyInAnyOrderEntriesOf(Map.of(3, 900, 2, 50, 4, 50));
        assertThat(String.join("\n", lines)).doesNotContain("\"");
    }

    @Test
    void ballotIdsFollowTheRowNumberZeroPadded() {
        String[] lines = written(GeneratorSpec.builder(GeneratorFixtures.plain(2), 1000).build()).split("\n");
        assertThat(lines[0]).isEqualTo("ballot_id,jurisdiction,choice");
        assertThat(lines[1]).startsWith("B0001,");
        assertThat(lines[1000]).startsWith("B1000,");
        Set<String> ids = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            assertThat(ids.add(lines[i].substring(0, lines[i].indexOf(',')))).isTrue();
        }
    }

    @Test
    void rowsAreShuffledAcrossJurisdictions() {
        String[] lines = written(GeneratorSpec.builder(GeneratorFixtures.usStates(), 100_000).seed(5).build())
                .split("\n");
        Set<String> firstHundred = new HashSet<>();
        int changes = 0;
        for (int i = 1; i <= 100; i++) {
            firstHundred.add(lines[i].split(",")[1]);
            changes += i > 1 && !lines[i].split(",")[1].equals(lines[i - 1].split(",")[1]) ? 1 : 0;
        }
        assertThat(firstHundred.size()).isGreaterThan(30);
        assertThat(changes).isGreaterThan(80);
    }

    @Test
    void blankBallotsAreEmptyCellsAndInvalidOnesOvervotesOrUnrecognised() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.plain(1), 1000).blank(f("0.1"))
                .invalid(f("0.1")).build();
        Map<String, Integer> choices = new HashMap<>();
        written(spec).lines().skip(1).forEach(l -> choices.merge(l.split(",", -1)[2], 1, Integer::sum));
        // 100 invalid: 25 unrecognised (MAYBE 9, X 8, DONT KNOW 8) and 75 overvotes.
        assertThat(choices).containsExactlyInAnyOrderEntriesOf(Map.of("YES", 400, "NO", 400, "", 100,
                "YES|NO", 75, "MAYBE", 9, "X", 8, "DONT KNOW", 8));
    }

    @Test
    void namesWithCommasOrQuotesAreQuoted() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.set(new String[] {"A,B"}, null, null), 10)
                .options(List.of(OptionId.of("Say \"yes\""), OptionId.of("No"))).build();
        assertThat(written(spec).lines().skip(1)).allMatch(
                l -> l.matches("B\\d\\d,\"A,B\",(\"Say \"\"yes\"\"\"|No)"));
    }

    @Test
    void anEmptyFileIsItsHeader() {
        assertThat(written(GeneratorSpec.builder(GeneratorFixtures.plain(2), 0).build()))
                .isEqualTo("ballot_id,jurisdiction,choice\n");
    }

    @Test
    void aBillionBallotsStreamFromTheFirstRowWithoutHoldingThem() {
        // Were the rows held in memory, this would fail for want of it long before the first write.
        GeneratorSpec spec = rehearsal(1_000_000_000L, 1).build();
        StringBuilder head = new StringBuilder();
        Writer firstMegabyte = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                head.append(buffer, offset, length);
                if (head.length() > 1 << 20) {
                    throw new IOException("enough");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> Generator.write(spec, firstMegabyte)).hasMessage("enough");
        String[] lines = head.toString().split("\n");
        assertThat(lines[1]).matches("B0000000001,[A-Z]{2}(,.*)*");
        assertThat(Generator.plan(spec).ballots(JurisdictionId.of("CA"))).isGreaterThan(100_000_000L);
    }
}
