package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.GeneratorFixtures.f;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;

class GeneratorPlanTest {

    private static final JurisdictionId CA = JurisdictionId.of("CA");
    private static final OptionId YES = OptionId.of("YES");

    @Test
    void rowsAreCountedBallotsPlusDuplicatesPlusMalformedForSeededRandomSpecs() {
        Random random = new Random(11);
        for (int trial = 0; trial < 100; trial++) {
            long ballots = random.nextInt(5) == 0 ? random.nextInt(10) : random.nextInt(2_000_000_000);
            GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.usStates(), ballots).seed(random.nextLong())
                    .spread(Fraction.of(random.nextInt(20), 100)).blank(Fraction.of(random.nextInt(50), 1000))
                    .invalid(Fraction.of(random.nextInt(50), 1000))
                    .duplicates(GeneratorAmount.share(Fraction.of(random.nextInt(10), 1000)))
                    .malformed(GeneratorAmount.exactly(Math.min(ballots / 3, random.nextInt(100)))).build();
            GeneratorPlan plan = GeneratorPlan.of(spec);
            long sum = plan.ballotsByJurisdiction().values().stream().mapToLong(Long::longValue).sum();
            Counts total = plan.tally().totals(spec.jurisdictions());
            assertThat(plan.rows()).isEqualTo(ballots).isEqualTo(plan.counted() + plan.duplicates() + plan.malformed());
            assertThat(sum).isEqualTo(plan.counted()).isEqualTo(total.cast().value());
            assertThat(plan.duplicates()).isEqualTo(spec.duplicateRows());
            assertThat(plan.malformed()).isEqualTo(spec.malformedRows());
        }
    }

    @Test
    void turnoutFollowsTheElectorateByLargestRemainder() {
        JurisdictionSet set = GeneratorFixtures.set(new String[] {"A", "B", "C"}, new Long[] {5L, 3L, 2L},
                new Long[] {1L, 1L, 100L});
        GeneratorPlan plan = GeneratorPlan.of(GeneratorSpec.builder(set, 7).build());
        assertThat(plan.turnoutBasis()).isEqualTo(GeneratorPlan.TurnoutBasis.ELECTORATE);
        // Quotas 3.5, 2.1, 1.4: the leftover ballot goes to A.
        assertThat(plan.ballotsByJurisdiction().values()).containsExactly(4L, 2L, 1L);
    }

    @Test
    void turnoutFollowsThePopulationWhenAnElectorateIsMissing() {
        JurisdictionSet set = GeneratorFixtures.set(new String[] {"A", "B", "C"}, new Long[] {5L, null, 2L},
                new Long[] {1L, 1L, 2L});
        GeneratorPlan plan = GeneratorPlan.of(GeneratorSpec.builder(set, 10).build());
        assertThat(plan.turnoutBasis()).isEqualTo(GeneratorPlan.TurnoutBasis.POPULATION);
        // Quotas 2.5, 2.5, 5: the tie for the leftover ballot goes to the earlier member.
        assertThat(plan.ballotsByJurisdiction().values()).containsExactly(3L, 2L, 5L);
    }

    @Test
    void turnoutIsEqualWithoutFiguresOrWithAllZero() {
        GeneratorPlan plain = GeneratorPlan.of(GeneratorSpec.builder(GeneratorFixtures.plain(3), 100).build());
        assertThat(plain.turnoutBasis()).isEqualTo(GeneratorPlan.TurnoutBasis.EQUAL);
        assertThat(plain.ballotsByJurisdiction().values()).containsExactly(34L, 33L, 33L);
        JurisdictionSet zero = GeneratorFixtures.set(new String[] {"A", "B"}, new Long[] {0L, 0L}, null);
        assertThat(GeneratorPlan.of(GeneratorSpec.builder(zero, 3).build()).ballotsByJurisdiction().values())
                .containsExactly(2L, 1L);
    }

    @Test
    void everyStateGetsTheFloorOrCeilingOfItsPopulationQuota() {
        JurisdictionSet us = GeneratorFixtures.usStates();
        long ballots = 123_456_789;
        GeneratorPlan plan = GeneratorPlan.of(GeneratorSpec.builder(us, ballots).build());
        long population = us.members().stream().mapToLong(j -> j.population().getAsLong()).sum();
        for (Jurisdiction j : us.members()) {
            BigInteger exact = BigInteger.valueOf(ballots).multiply(BigInteger.valueOf(j.population().getAsLong()));
            BigInteger[] quota = exact.divideAndRemainder(BigInteger.valueOf(population));
            long got = plan.ballots(j.id());
            assertThat(got).as(j.id().code()).isBetween(quota[0].longValue(), quota[0].longValue() + 1);
            if (quota[1].signum() == 0) {
                assertThat(got).isEqualTo(quota[0].longValue());
            }
        }
        assertThat(plan.ballots(CA)).isGreaterThan(plan.ballots(JurisdictionId.of("TX")));
    }

    @Test
    void withoutSpreadEveryJurisdictionVotesTheNationalShares() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.usStates(), 1_000_000)
                .shares(Map.of(YES, f("0.48"))).build();
        GeneratorPlan plan = GeneratorPlan.of(spec);
        for (JurisdictionId id : plan.jurisdictions()) {
            assertThat(plan.targetShares(id)).containsExactly(f("0.48"), f("0.52"));
        }
    }

    @Test
    void spreadMovesStatesAwayFromTheNationWhileTheNationKeepsItsShare() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.usStates(), 10_000_000).seed(2024)
                .shares(Map.of(YES, f("0.48"))).spread(f("0.05")).build();
        GeneratorPlan plan = GeneratorPlan.of(spec);
        Fraction weightedYes = Fraction.ZERO;
        long yesStates = 0;
        for (JurisdictionId id : plan.jurisdictions()) {
            Fraction yes = plan.targetShares(id).get(0);
            weightedYes = weightedYes.plus(yes.times(plan.ballots(id)));
            yesStates += yes.compareTo(Fraction.HALF) > 0 ? 1 : 0;
            assertThat(yes.minus(f("0.48")).compareTo(f("0.06"))).as(id.code()).isNegative();
            assertThat(yes.minus(f("0.48")).compareTo(f("-0.06"))).as(id.code()).isPositive();
        }
        // Re-centred on the national share, exactly (no share was cut at zero here).
        assertThat(weightedYes.dividedBy(Fraction.of(plan.counted()))).isEqualTo(f("0.48"));
        assertThat(plan.jurisdictions().stream().map(plan::targetShares).distinct().count()).isEqualTo(50);
        assertThat(yesStates).as("states voting yes while the nation votes no").isBetween(1L, 49L);
        Counts nation = plan.tally().totals(spec.jurisdictions());
        assertThat(nation.votes(0)).isLessThan(nation.votes(1));
    }

    @Test
    void aJurisdictionShareMakesCaliforniaVoteYesWhileTheNationVotesNo() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.usStates(), 1_000_000).seed(1)
                .shares(Map.of(YES, f("0.48"), OptionId.of("NO"), f("0.52"))).spread(f("0.05"))
                .share(CA, Map.of(YES, f("0.58"))).build();
        GeneratorPlan plan = GeneratorPlan.of(spec);
        assertThat(plan.targetShares(CA)).containsExactly(f("0.58"), f("0.42"));
        Counts california = plan.counts(CA);
        Counts nation = plan.tally().totals(spec.jurisdictions());
        assertThat(california.votes(0)).isGreaterThan(california.votes(1));
        assertThat(nation.votes(0)).isLessThan(nation.votes(1));
        // The other states absorb California's lean, so the nation stays on 48% give or take a ballot per state.
        assertThat(Math.abs(nation.votes(0) - nation.valid() * 48 / 100)).isLessThanOrEqualTo(50);
    }

    @Test
    void blankAndInvalidBallotsFollowTheirRatesInEveryState() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.usStates(), 3_000_001).seed(5)
                .spread(f("0.05")).blank(f("0.01")).invalid(f("0.005")).build();
        GeneratorPlan plan = GeneratorPlan.of(spec);
        for (JurisdictionId id : plan.jurisdictions()) {
            Counts c = plan.counts(id);
            long n = plan.ballots(id);
            assertThat(c.cast().value()).isEqualTo(n);
            assertThat(c.blank().value()).as(id.code()).isBetween(n / 100, n / 100 + 1);
            assertThat(c.invalid().value()).as(id.code()).isBetween(n * 5 / 1000, n * 5 / 1000 + 1);
            long unrecognised = c.unrecognised().values().stream().mapToLong(Long::longValue).sum();
            assertThat(unrecognised).isEqualTo(c.invalid().value() / 4);
            assertThat(c.overvotes()).isEqualTo(c.invalid().value() - unrecognised);
        }
        assertThat(plan.unrecognisedValues()).containsExactly("MAYBE", "X", "DONT KNOW");
    }

    @Test
    void unrecognisedValuesAreDealtInTurn() {
        JurisdictionSet one = GeneratorFixtures.plain(1);
        GeneratorPlan plan = GeneratorPlan.of(GeneratorSpec.builder(one, 1000).invalid(f("0.02")).build());
        Counts c = plan.counts(JurisdictionId.of("J0"));
        // 20 invalid ballots: 5 unrecognised (MAYBE 2, X 2, DONT KNOW 1) and 15 overvotes.
        assertThat(c.unrecognised()).containsExactlyInAnyOrderEntriesOf(Map.of("MAYBE", 2L, "X", 2L, "DONT KNOW", 1L));
        assertThat(c.overvotes()).isEqualTo(15);
    }

    @Test
    void unrecognisedValuesNeverNameAnOption() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.plain(2), 1000)
                .options(List.of(OptionId.of("maybe"), OptionId.of("x"))).invalid(f("0.1")).build();
        assertThat(GeneratorPlan.of(spec).unrecognisedValues()).containsExactly("DONT KNOW");
    }

    @Test
    void aOneOptionContestHasNoOvervotes() {
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.plain(2), 1000)
                .options(List.of(OptionId.of("Approve"))).invalid(f("0.1")).build();
        GeneratorPlan plan = GeneratorPlan.of(spec);
        Counts c = plan.counts(JurisdictionId.of("J0"));
        assertThat(c.overvotes()).isZero();
        assertThat(c.invalid().value()).isEqualTo(50);
        assertThat(c.votes(0)).isEqualTo(450);
    }

    @Test
    void theSameSpecGivesTheSamePlanAndAnotherSeedAnother() {
        GeneratorSpec a = GeneratorSpec.builder(GeneratorFixtures.usStates(), 1_000_000).seed(9).spread(f("0.1"))
                .build();
        GeneratorSpec b = GeneratorSpec.builder(GeneratorFixtures.usStates(), 1_000_000).seed(10).spread(f("0.1"))
                .build();
        assertThat(GeneratorPlan.of(a).tally()).isEqualTo(GeneratorPlan.of(a).tally());
        assertThat(GeneratorPlan.of(a).tally()).isNotEqualTo(GeneratorPlan.of(b).tally());
    }

    @Test
    void jurisdictionsWithoutBallotsHaveNoUnitInTheTally() {
        GeneratorPlan plan = GeneratorPlan.of(GeneratorSpec.builder(GeneratorFixtures.plain(5), 3).build());
        assertThat(plan.tally().units()).hasSize(3);
        assertThat(plan.ballots(JurisdictionId.of("J4"))).isZero();
    }
}
