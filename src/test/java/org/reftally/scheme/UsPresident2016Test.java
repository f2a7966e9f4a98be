package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.scheme.seats.SeatMethod;

/**
 * The US presidential election of 2016 counted three ways: winner-take-all by state (the
 * Electoral College as 48 states and DC run it), electors shared proportionally within each
 * state, and one national house. Maine's and Nebraska's district electors are not modelled: the
 * pledged 306 : 232 becomes 305 : 233 because Maine's 2nd district elector, which went to Trump,
 * follows Maine's statewide vote here.
 */
class UsPresident2016Test {

    private static ContestTally tally;
    private static JurisdictionSet set;

    @BeforeAll
    static void read() {
        tally = Us2016.tally();
        set = Us2016.set();
    }

    @Test
    void theResourcesHoldFiftyStatesAndDcWith538Electors() {
        assertThat(set.size()).isEqualTo(51);
        assertThat(set.members().stream().mapToLong(j -> j.electors().getAsLong()).sum()).isEqualTo(538);
        assertThat(tally.byJurisdiction(set)).hasSize(51);
    }

    @Test
    void winnerTakeAllGivesTrump305ToClinton233() {
        ElectoralOutcome o = new Electoral().evaluate(tally, set);
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("Trump"));
        assertThat(o.electorsOf("Trump")).isEqualTo(305);
        assertThat(o.electorsOf("Clinton")).isEqualTo(233);
        assertThat(o.totalElectors()).isEqualTo(538);
        assertThat(o.needed()).hasValue(270);
        assertThat(o.notAwarded()).isZero();
        assertThat(o.options()).filteredOn(e -> e.option().name().equals("Trump"))
                .singleElement().satisfies(e -> assertThat(e.jurisdictionsWon()).isEqualTo(30));
        assertThat(o.decidingFigure()).isEqualTo("Trump 305 of 538 electors");
    }

    @Test
    void clintonLeadsThePopularVoteAndTheReasonsSaySoPlainly() {
        ElectoralOutcome o = new Electoral().evaluate(tally, set);
        assertThat(o.popularLeaders()).containsExactly(OptionId.of("Clinton"));
        // the rows' sums: Clinton 65,853,516 and Trump 62,984,825 (meta.json notes the FEC's differ by a few votes)
        assertThat(o.popularMargin()).isEqualTo(65_853_516L - 62_984_825L).isEqualTo(2_868_691L);
        assertThat(o.reasons()).containsExactly(
                "Trump won 305 of 538 electors, more than 1/2 of all 538 electors (270 needed).",
                "Electors won: Trump 305 (30 jurisdictions) and Clinton 233 (21 jurisdictions).",
                "Clinton won the popular vote by 2,868,691 but Trump won the Electoral College 305 : 233.");
    }

    @Test
    void electorsSharedByHamiltonWithinEachStateMatchAnIndependentCount() {
        ProportionalOutcome o = new Proportional(new SeatSource.Electors(), SeatSettings.of(SeatMethod.HARE))
                .evaluate(tally, set);
        assertThat(seats(o)).containsExactly(261, 259, 14, 1, 1, 2).isEqualTo(naive(SeatMethod.HARE));
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("Clinton"));
        assertThat(o.decidingFigure()).isEqualTo("Clinton 261 of 538 seats");
        assertThat(o.tieBreaks()).isEmpty();
        assertThat(o.jurisdictions()).hasSize(51).allSatisfy(j -> assertThat(j.awarded()).isTrue());
    }

    @Test
    void electorsSharedByDhondtWithinEachStateMatchAnIndependentCount() {
        ProportionalOutcome o = new Proportional(new SeatSource.Electors(), SeatSettings.of(SeatMethod.DHONDT))
                .evaluate(tally, set);
        assertThat(seats(o)).containsExactly(269, 265, 2, 1, 1, 0).isEqualTo(naive(SeatMethod.DHONDT));
        assertThat(o.winner()).contains(OptionId.of("Clinton"));
        assertThat(o.seatsOf("clinton")).isEqualTo(269);
    }

    @Test
    void californiasFiftyFiveElectorsByHamilton() {
        ProportionalOutcome o = new Proportional(new SeatSource.Electors(), SeatSettings.of(SeatMethod.HARE))
                .evaluate(tally, set);
        ProportionalOutcome.JurisdictionSeats ca = o.jurisdictions().stream()
                .filter(j -> j.jurisdiction().code().equals("CA")).findFirst().orElseThrow();
        assertThat(ca.seats()).isEqualTo(55);
        assertThat(ca.options().stream().mapToInt(ProportionalOutcome.OptionSeats::seats).sum()).isEqualTo(55);
        // Hare quota: California's valid votes over 55
        long valid = tally.byJurisdiction(set).entrySet().stream()
                .filter(e -> e.getKey().id().code().equals("CA")).findFirst().orElseThrow().getValue().valid();
        assertThat(ca.quota()).hasValueSatisfying(q -> assertThat(q.times(55).isWhole()).isTrue());
        assertThat(ca.quota().get().times(55).numerator()).isEqualTo(BigInteger.valueOf(valid));
    }

    @Test
    void oneNationalHouseOf538ByDhondt() {
        ProportionalOutcome o = new Proportional(new SeatSource.House(538), SeatSettings.of(SeatMethod.DHONDT))
                .evaluate(tally, set);
        assertThat(seats(o)).containsExactly(261, 249, 17, 5, 2, 4);
        assertThat(o.jurisdictions()).isEmpty();
        assertThat(o.lastAwards()).last().satisfies(a -> {
            assertThat(a.seat()).isEqualTo(538);
            assertThat(a.party()).isEqualTo("Clinton");
        });
        assertThat(o.runnersUp()).first().satisfies(a -> assertThat(a.party()).isEqualTo("Trump"));
    }

    private static List<Integer> seats(ProportionalOutcome o) {
        return o.options().stream().map(ProportionalOutcome.OptionSeats::seats).toList();
    }

    /**
     * Hamilton and D'Hondt within each state, counted the schoolbook way in plain {@code long}
     * arithmetic and summed; independent of the engine.
     */
    private static List<Integer> naive(SeatMethod method) {
        int[] total = new int[Us2016.OPTIONS.size()];
        for (Map.Entry<Jurisdiction, Counts> e : tally.byJurisdiction(set).entrySet()) {
            long[] v = e.getValue().votes();
            int s = (int) e.getKey().electors().getAsLong();
            int[] local = method == SeatMethod.HARE ? hamilton(v, s) : dhondt(v, s);
            for (int i = 0; i < total.length; i++) {
                total[i] += local[i];
            }
        }
        return Arrays.stream(total).boxed().toList();
    }

    /** Whole quotas {@code floor(v * s / V)}, then one seat each to the largest remainders {@code v * s mod V}. */
    private static int[] hamilton(long[] v, int s) {
        long sum = Arrays.stream(v).sum();
        int[] seats = new int[v.length];
        long[] remainder = new long[v.length];
        int given = 0;
        for (int i = 0; i < v.length; i++) {
            seats[i] = (int) (v[i] * s / sum);
            remainder[i] = v[i] * s % sum;
            given += seats[i];
        }
        for (; given < s; given++) {
            int best = 0;
            for (int i = 1; i < v.length; i++) {
                if (remainder[i] > remainder[best]) {
                    best = i;
                }
            }
            seats[best]++;
            remainder[best] = -1;
        }
        return seats;
    }

    /** One seat at a time to the highest {@code v / (seats + 1)}, compared by cross-multiplying. */
    private static int[] dhondt(long[] v, int s) {
        int[] seats = new int[v.length];
        for (int k = 0; k < s; k++) {
            int best = 0;
            for (int i = 1; i < v.length; i++) {
                if (v[i] * (seats[best] + 1) > v[best] * (seats[i] + 1)) {
                    best = i;
                }
            }
            seats[best]++;
        }
        return seats;
    }
}
