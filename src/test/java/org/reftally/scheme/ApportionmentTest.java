package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.SeatFixtures.set;
import static org.reftally.scheme.SeatFixtures.withPopulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.seats.FixedRounding;
import org.reftally.scheme.seats.Party;
import org.reftally.scheme.seats.SeatMethod;

/**
 * Apportionment by population through a jurisdiction set: the 2020 US House (435 seats,
 * Huntington-Hill, at least one per state, 2 U.S.C. 2a) against the official table, and the
 * fixed-divisor proposals. Populations are the seats tests' copy of the Census Bureau's 2020
 * apportionment populations.
 */
class ApportionmentTest {

    /** The official 2020 apportionment, in the resource's order (Census Bureau table 1). */
    private static final String OFFICIAL = "AL 7, AK 1, AZ 9, AR 4, CA 52, CO 8, CT 5, DE 1, FL 28, GA 14, HI 2,"
            + " ID 2, IL 17, IN 9, IA 4, KS 4, KY 6, LA 6, ME 2, MD 8, MA 9, MI 13, MN 8, MS 4, MO 8, MT 2, NE 3,"
            + " NV 4, NH 2, NJ 12, NM 3, NY 26, NC 14, ND 1, OH 15, OK 5, OR 6, PA 17, RI 2, SC 7, SD 1, TN 9,"
            + " TX 38, UT 4, VT 1, VA 11, WA 10, WV 2, WI 8, WY 1";

    private static JurisdictionSet states;
    private static ApportionmentResult house;

    @BeforeAll
    static void apportion() {
        states = states2020();
        house = Apportionment.apportion(states, 435, SeatSettings.usHouse());
    }

    /** The 50 states with their names and 2020 apportionment populations. */
    static JurisdictionSet states2020() {
        String resource = "seats/us-2020-apportionment.csv";
        try (InputStream in = Objects.requireNonNull(ApportionmentTest.class.getResourceAsStream(resource), resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("jurisdiction,name,population");
            List<Jurisdiction> members = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",", -1);
                members.add(withPopulation(cells[0], cells[1], Long.parseLong(cells[2])));
            }
            return new JurisdictionSet("us-2020", members, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyStateGetsItsOfficial2020Seats() {
        List<String> got = house.jurisdictions().stream().map(l -> l.id() + " " + l.seats()).toList();
        assertThat(got).containsExactlyElementsOf(Arrays.asList(OFFICIAL.split(", ")));
        assertThat(house.houseSize()).isEqualTo(435);
        assertThat(house.totalPopulation()).isEqualTo(331_108_434L);
        assertThat(house.methodName()).isEqualTo("huntington-hill");
        assertThat(house.minSeats()).isEqualTo(1);
        assertThat(house.tieBreaks()).isEmpty();
        assertThat(house.line("ca").name()).isEqualTo("California");
    }

    @Test
    void seat435GoesToMinnesotaAndNewYorkIsFirstRunnerUp() {
        assertThat(house.lastAwards()).last().satisfies(a -> {
            assertThat(a.seat()).isEqualTo(435);
            assertThat(a.party()).isEqualTo("MN");
        });
        assertThat(house.runnersUp()).first().satisfies(a -> {
            assertThat(a.seat()).isEqualTo(436);
            assertThat(a.party()).isEqualTo("NY");
        });
    }

    @Test
    void eachQuotaIsTheStatesExactShareOfTheHouse() {
        // California: 39,576,757 * 435 / 331,108,434 = 51.99...; it gets 52
        assertThat(house.line("CA").quota()).isEqualTo(Fraction.of(39_576_757L * 435, 331_108_434L));
    }

    @Test
    void oneSenatorPerEightMillionPeopleAtLeastOne() {
        ApportionmentResult a = Apportionment.fixedDivisor(states, Fraction.of(8_000_000), FixedRounding.NEAREST, 1);
        assertThat(a.seatsOf("CA")).isEqualTo(5);
        assertThat(a.seatsOf("VT")).isEqualTo(1);
        assertThat(a.houseSize()).isEqualTo(63);
        assertThat(a.methodName()).isEqualTo("fixed-divisor");
        assertThat(a.divisor()).contains(Fraction.of(8_000_000));
        assertThat(a.line("CA").quota()).isEqualTo(Fraction.of(39_576_757, 8_000_000));
        assertThat(a.lastAwards()).isEmpty();
    }

    @Test
    void onePerTwoMillionPeopleAtLeastOne() {
        ApportionmentResult a = Apportionment.fixedDivisor(states, Fraction.of(2_000_000), FixedRounding.NEAREST, 1);
        assertThat(a.houseSize()).isEqualTo(173);
        assertThat(a.seatsOf("CA")).isEqualTo(20);
    }

    @Test
    void everyMissingPopulationIsNamedAtOnce() {
        JurisdictionSet set = set(withPopulation("X", "Ex", 10), withPopulation("DC", "DC", -1),
                withPopulation("PR", "Puerto Rico", -1));
        assertThatThrownBy(() -> Apportionment.apportion(set, 5, SeatSettings.usHouse()))
                .isInstanceOf(SchemeException.class)
                .hasMessage("no population for DC and PR in test; give every jurisdiction a population to apportion"
                        + " seats by population");
    }

    @Test
    void settingsThatCannotBeMetAreAnErrorForTheUser() {
        assertThatThrownBy(() -> Apportionment.apportion(states, 49, SeatSettings.usHouse()))
                .isInstanceOf(SchemeException.class)
                .hasMessage("cannot apportion 49 seats among us-2020: Invalid seat allocation: 50 eligible parties"
                        + " with at least 1 seats each need more than the 49 seats available.");
    }

    @Test
    void aListOfPopulationsCanBeApportionedByAnyMethod() {
        ApportionmentResult a = Apportionment.apportion("five", List.of(new Party("a", 5117), new Party("b", 4400),
                new Party("c", 162), new Party("d", 161), new Party("e", 160)), 100, SeatSettings.of(SeatMethod.HARE));
        assertThat(a.jurisdictions()).extracting(ApportionmentResult.Line::seats).containsExactly(51, 44, 2, 2, 1);
        assertThat(a.line("A").name()).isEqualTo("a");
        assertThatThrownBy(() -> Apportionment.apportion("twice", List.of(new Party("a", 1), new Party("A", 2)), 1,
                SeatSettings.of(SeatMethod.HARE)))
                .isInstanceOf(SchemeException.class)
                .hasMessage("the jurisdiction A is listed twice; codes are compared in any case");
    }
}
