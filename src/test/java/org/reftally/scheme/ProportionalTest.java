package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.SeatFixtures.set;
import static org.reftally.scheme.SeatFixtures.tally;
import static org.reftally.scheme.SeatFixtures.withElectors;
import static org.reftally.scheme.SeatFixtures.withPopulation;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reftally.model.ContestTally;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.scheme.ProportionalOutcome.OptionSeats;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.SeatThreshold;
import org.reftally.scheme.seats.SeatTieException;
import org.reftally.scheme.seats.TieBreak;
import org.reftally.scheme.seats.TiePolicy;

class ProportionalTest {

    /** Balinski and Young's example (Fair Representation): five parties, 100 seats, one national count. */
    private static final ContestTally BALINSKI_YOUNG = tally("Parliament", "A", "B", "C", "D", "E")
            .in("N", 5117, 4400, 162, 161, 160).build();
    private static final JurisdictionSet ONE = set(withElectors("N", -1));

    private static ProportionalOutcome national(ContestTally t, int seats, SeatSettings settings) {
        return new Proportional(new SeatSource.House(seats), settings).evaluate(t, ONE);
    }

    private static List<Integer> seats(ProportionalOutcome o) {
        return o.options().stream().map(OptionSeats::seats).toList();
    }

    @ParameterizedTest
    @CsvSource({"dhondt, 52 45 1 1 1", "hare, 51 44 2 2 1", "sainte-lague, 51 43 2 2 2"})
    void balinskiYoungsVectorThroughAContestTally(String method, String expected) {
        ProportionalOutcome o = national(BALINSKI_YOUNG, 100, SeatSettings.of(SeatMethod.parse(method)));
        assertThat(seats(o)).map(String::valueOf).containsExactly(expected.split(" "));
        assertThat(o.winner()).contains(OptionId.of("A"));
        assertThat(o.scheme()).isEqualTo("proportional");
        assertThat(o.awarded()).isEqualTo(100);
    }

    @Test
    void hamiltonReportsTheExactQuotaAndEachOptionsEntitlement() {
        ProportionalOutcome o = national(BALINSKI_YOUNG, 100, SeatSettings.of(SeatMethod.HARE));
        assertThat(o.quota()).contains(Fraction.of(100)); // 10000 votes / 100 seats
        assertThat(o.options().get(0).quota()).isEqualTo(Fraction.of(5117, 100));
        assertThat(o.reasons()).containsExactly(
                "100 seats: one house shared nationally by hare.",
                "A wins the most seats: 51 of 100 (proportional entitlement 51.17), ahead of B with 44.",
                "Seats: A 51, B 44, C 2, D 2 and E 1.",
                "The hare quota is 100.00 votes per seat (exactly 100).");
        assertThat(o.decidingFigure()).isEqualTo("A 51 of 100 seats");
    }

    @Test
    void dhondtReportsTheLastSeatAndTheNextInLine() {
        ProportionalOutcome o = national(BALINSKI_YOUNG, 100, SeatSettings.of(SeatMethod.DHONDT));
        assertThat(o.lastAwards()).last().satisfies(a -> assertThat(a.seat()).isEqualTo(100));
        assertThat(o.runnersUp()).first().satisfies(a -> assertThat(a.seat()).isEqualTo(101));
        assertThat(o.reasons()).anySatisfy(r -> assertThat(r).startsWith("The last seat awarded was seat 100 to "));
    }

    @Test
    void aThresholdExcludesSmallOptionsAndSaysWhich() {
        ProportionalOutcome o = national(BALINSKI_YOUNG, 100,
                SeatSettings.of(SeatMethod.SAINTE_LAGUE).withThreshold(SeatThreshold.parse("5%")));
        assertThat(seats(o)).containsExactly(54, 46, 0, 0, 0);
        assertThat(o.options().get(2).eligible()).isFalse();
        assertThat(o.reasons()).contains("Below the threshold (share >= 1/20), so without a seat: C, D and E.");
    }

    @Test
    void equalTopSeatCountsAreATie() {
        ProportionalOutcome o = national(tally("P", "A", "B", "C").in("N", 40, 40, 20).build(), 5,
                SeatSettings.of(SeatMethod.HARE));
        assertThat(seats(o)).containsExactly(2, 2, 1);
        assertThat(o.decision()).isEqualTo(Decision.TIE);
        assertThat(o.winner()).isEmpty();
        assertThat(o.decidingFigure()).isEqualTo("tie at 2 of 5 seats");
        assertThat(o.reasons().get(1)).isEqualTo("A and B are tied with 2 seats each of 5; the tie is not broken.");
    }

    @Test
    void aSeatTiedByLotIsRecordedWithItsJurisdictionAndSeed() {
        JurisdictionSet set = set(withElectors("X", 3), withElectors("Y", 1));
        ContestTally t = tally("P", "A", "B").in("X", 10, 10).in("Y", 7, 3).build();
        ProportionalOutcome o = new Proportional(new SeatSource.Electors(),
                SeatSettings.of(SeatMethod.DHONDT).withTies(TiePolicy.LOT, 42)).evaluate(t, set);
        assertThat(o.tieBreaks()).singleElement().satisfies(p -> {
            assertThat(p.jurisdiction()).contains(JurisdictionId.of("X"));
            assertThat(p.tieBreak().seat()).isEqualTo(3);
            assertThat(p.tieBreak().parties()).containsExactly("A", "B");
        });
        TieBreak tie = o.tieBreaks().get(0).tieBreak();
        assertThat(o.reasons()).contains("Seat 3 in X was tied between A and B; decided by lot (seed 42): "
                + tie.winner() + ".");
        assertThat(new Proportional(new SeatSource.Electors(),
                SeatSettings.of(SeatMethod.DHONDT).withTies(TiePolicy.LOT, 42)).evaluate(t, set)).isEqualTo(o);
    }

    @Test
    void anUndecidedTieNamesTheJurisdiction() {
        JurisdictionSet set = set(withElectors("X", 3));
        ContestTally t = tally("P", "A", "B").in("X", 10, 10).build();
        assertThatThrownBy(() -> new Proportional(new SeatSource.Electors(), SeatSettings.of(SeatMethod.DHONDT))
                .evaluate(t, set))
                .isInstanceOf(SeatTieException.class)
                .hasMessageStartingWith("In X: Seat 3 of 3 is tied between A and B");
    }

    @Test
    void seatsWithoutAnyValidVoteAreNotAwardedAndJurisdictionsWithoutSeatsAreNamed() {
        JurisdictionSet set = set(withElectors("X", 3), withElectors("Y", 2), withElectors("Z", -1));
        ContestTally t = tally("P", "A", "B").in("X", 20, 10).in("Y", 0, 0).in("Z", 5, 50).build();
        ProportionalOutcome o = new Proportional(new SeatSource.Electors(), SeatSettings.of(SeatMethod.HARE))
                .evaluate(t, set);
        assertThat(o.seats()).isEqualTo(5);
        assertThat(o.awarded()).isEqualTo(3);
        assertThat(seats(o)).containsExactly(2, 1);
        assertThat(o.options().get(1).votes()).isEqualTo(60); // national votes include Z's
        assertThat(o.jurisdictions()).extracting(ProportionalOutcome.JurisdictionSeats::awarded)
                .containsExactly(true, false, false);
        assertThat(o.reasons()).contains(
                "No seats to share in Z: the jurisdiction set gives them no electors; their votes count in the"
                        + " national totals only.",
                "Not awarded for lack of any valid vote: the seats of Y (2).");
    }

    @Test
    void seatsGivenPerJurisdictionAreSharedWithinEachAndSummed() {
        ContestTally t = tally("P", "A", "B").in("X", 60, 40).in("Y", 10, 90).build();
        JurisdictionSet set = set(withElectors("X", -1), withElectors("Y", -1));
        ProportionalOutcome o = new Proportional(new SeatSource.Given(Map.of(JurisdictionId.of("x"), 5,
                JurisdictionId.of("Y"), 10)), SeatSettings.of(SeatMethod.HARE)).evaluate(t, set);
        assertThat(seats(o)).containsExactly(3 + 1, 2 + 9);
        assertThat(o.options().get(0).quota()).isEqualTo(Fraction.of(3 + 1)); // 60% of 5 + 10% of 10
        assertThat(o.winner()).contains(OptionId.of("B"));
    }

    @Test
    void seatsGivenForAnUnknownJurisdictionAreAnError() {
        ContestTally t = tally("P", "A", "B").in("X", 60, 40).build();
        assertThatThrownBy(() -> new Proportional(new SeatSource.Given(Map.of(JurisdictionId.of("XX"), 5,
                JurisdictionId.of("QQ"), 1)), SeatSettings.of(SeatMethod.HARE)).evaluate(t, set(withElectors("X", 1))))
                .isInstanceOf(SchemeException.class)
                .hasMessage("seats are given for QQ and XX, which are neither in the jurisdiction set nor in the"
                        + " returns; check the codes");
    }

    @Test
    void seatsByPopulationAreApportionedFirstThenSharedWithinEachJurisdiction() {
        JurisdictionSet set = set(withPopulation("X", "Ex", 700), withPopulation("Y", "Why", 300));
        ContestTally t = tally("P", "A", "B").in("X", 60, 40).in("Y", 100, 0).build();
        ProportionalOutcome o = new Proportional(new SeatSource.Population(10), SeatSettings.of(SeatMethod.HARE))
                .evaluate(t, set);
        assertThat(o.apportionment()).hasValueSatisfying(a -> {
            assertThat(a.seatsOf("X")).isEqualTo(7);
            assertThat(a.seatsOf("Y")).isEqualTo(3);
        });
        assertThat(seats(o)).containsExactly(4 + 3, 3 + 0); // X: 4.2 and 2.8 of 7; Y: all 3
        assertThat(o.reasons()).contains("The 10 seats were first apportioned among 2 jurisdictions by population"
                + " (huntington-hill, at least 1 each).");
        assertThat(o.seats()).isEqualTo(10);
    }

    @Test
    void settingsThatDoNotFitAJurisdictionAreAnErrorNamingIt() {
        JurisdictionSet set = set(withElectors("X", 3), withElectors("Y", 1));
        ContestTally t = tally("P", "A", "B").in("X", 10, 20).in("Y", 7, 3).build();
        assertThatThrownBy(() -> new Proportional(new SeatSource.Electors(),
                SeatSettings.of(SeatMethod.DHONDT).withMinSeats(1)).evaluate(t, set))
                .isInstanceOf(SchemeException.class)
                .hasMessage("contest P, in Y: Invalid seat allocation: 2 eligible parties with at least 1 seats each"
                        + " need more than the 1 seats available.");
    }

    @Test
    void noValidVoteNationallyAwardsNoSeatAndDecidesNothing() {
        ProportionalOutcome o = national(tally("P", "A", "B").in("N", 0, 0).build(), 10,
                SeatSettings.of(SeatMethod.DHONDT));
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.awarded()).isZero();
        assertThat(o.reasons()).contains("No valid votes were cast, so none of the 10 seats was awarded.");
    }
}
