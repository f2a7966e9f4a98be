package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ApportionFixtures.render;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.scheme.Apportionment;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.seats.Party;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.TiePolicy;

class ApportionTextRendererTest {

    private static final ApportionRenderer TEXT = ApportionRenderers.forFormat(Format.TEXT);

    @Test
    void aHouseOfFixedSizeShowsTheTableTheLastSeatsAndTheNextInLine() {
        assertThat(render(TEXT, ApportionFixtures.islands())).isEqualTo("""
                Apportionment: Islands
                Rule: huntington-hill, 10 seats, at least 1 each
                Population: 8,450 (845.0000 per seat)

                Code  Name            Population  Seats    Quota
                ----  --------------  ----------  -----  -------
                NO    North                4,010      4   4.7456
                SO    South                3,150      4   3.7278
                EA    East & "Isles"       1,020      1   1.2071
                WE    Wester, Ross           270      1   0.3195
                      Total                8,450     10  10.0000

                Last seats awarded:
                  seat 9   NO  4010/sqrt(12) = 1,157.5873
                  seat 10  SO  3150/sqrt(12) = 909.3267

                Next in line:
                  seat 11  NO  4010/sqrt(20) = 896.6633
                  seat 12  NO  4010/sqrt(30) = 732.1225

                Tie breaks: none
                """);
    }

    @Test
    void aFixedDivisorShowsTheRuleAndTheResultingHouseSize() {
        assertThat(render(TEXT, ApportionFixtures.islandsPerThousand())).isEqualTo("""
                Apportionment: Islands
                Rule: fixed divisor: one seat per 1,000 people, rounded to the nearest whole seat, at least 1 each; 9 seats
                Population: 8,450 (938.8889 per seat)

                Code  Name            Population  Seats   Quota
                ----  --------------  ----------  -----  ------
                NO    North                4,010      4  4.0100
                SO    South                3,150      3  3.1500
                EA    East & "Isles"       1,020      1  1.0200
                WE    Wester, Ross           270      1  0.2700
                      Total                8,450      9  8.4500

                Tie breaks: none
                """);
    }

    @Test
    void tieBreaksAreListedWithTheirSeed() {
        ApportionmentResult r = Apportionment.apportion("Three", List.of(
                new Party("A", 10), new Party("B", 10),
                new Party("C", 10)), 4,
                SeatSettings.of(SeatMethod.DHONDT)
                        .withTies(TiePolicy.LOT, 7).withTraceLength(0));
        String winner = r.tieBreaks().get(0).winner();
        assertThat(render(TEXT, r)).endsWith("\nTie breaks:\n  seat 4: A, B, C tied; decided by lot (seed 7): "
                + winner + "\n");
    }

    @Test
    void controlCharactersInANameCannotBreakTheLayout() {
        ApportionmentResult r = Apportionment.apportion("Bad\nname", List.of(
                new Party("A\tB", 10)), 1,
                SeatSettings.of(SeatMethod.HARE));
        String text = render(TEXT, r);
        assertThat(text).startsWith("Apportionment: Bad name\nRule: hare, 1 seat\n").contains("\nA B   A B ")
                .doesNotContain("\t");
    }
}
