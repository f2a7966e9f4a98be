package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.scheme.SeatFixtures.set;
import static org.reftally.scheme.SeatFixtures.tally;
import static org.reftally.scheme.SeatFixtures.withElectors;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Threshold;

class ElectoralTest {

    private static final JurisdictionSet THREE = set(withElectors("X", 3), withElectors("Y", 4), withElectors("Z", 5));

    @Test
    void eachJurisdictionsElectorsGoToItsPluralityLeaderWithoutNeedingAMajority() {
        ElectoralOutcome o = new Electoral().evaluate(tally("P", "A", "B", "C")
                .in("X", 40, 30, 35).in("Y", 10, 20, 5).in("Z", 50, 10, 45).build(), THREE);
        assertThat(o.electorsOf("A")).isEqualTo(8);
        assertThat(o.electorsOf("B")).isEqualTo(4);
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("A"));
        assertThat(o.jurisdictions().get(0).awardedTo()).contains(OptionId.of("A"));
    }

    @Test
    void tiedJurisdictionElectorsAreReportedAsTiedAndNotAwarded() {
        ElectoralOutcome o = new Electoral().evaluate(tally("P", "A", "B")
                .in("X", 10, 10).in("Y", 30, 20).in("Z", 5, 9).build(), THREE);
        assertThat(o.jurisdictions().get(0).awardedTo()).isEmpty();
        assertThat(o.jurisdictions().get(0).leaders()).containsExactly(OptionId.of("A"), OptionId.of("B"));
        assertThat(o.notAwarded()).isEqualTo(3);
        assertThat(o.totalElectors()).isEqualTo(12);
        // B has 5 of 12: not more than half, but the most; A has 4.
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.winner()).isEmpty();
        assertThat(o.reasons()).contains(
                "In X, A and B are tied with 10 votes each; its 3 electors are reported as tied and not awarded.",
                "No option won more than 1/2 of all 12 electors (7 needed): the most, 5, went to B (in the US the"
                        + " House of Representatives would choose, U.S. Const. amend. XII).");
        assertThat(o.decidingFigure()).isEqualTo("no winner: most 5 of 12 electors");
    }

    @Test
    void jurisdictionsWithoutElectorsCountZeroAndAreNamed() {
        JurisdictionSet set = set(withElectors("X", 3), withElectors("PR", -1));
        ElectoralOutcome o = new Electoral().evaluate(tally("P", "A", "B")
                .in("X", 10, 20).in("PR", 1000, 1).in("GU", 500, 1).build(), set);
        assertThat(o.electorsOf("B")).isEqualTo(3);
        assertThat(o.electorsOf("A")).isZero();
        assertThat(o.totalElectors()).isEqualTo(3);
        assertThat(o.jurisdictions()).extracting(ElectoralOutcome.JurisdictionElectors::electors)
                .containsExactly(OptionalLong.of(3), OptionalLong.empty(), OptionalLong.empty());
        assertThat(o.reasons()).contains("No electors for PR and GU in the jurisdiction set: they count 0"
                + " electors, and their votes count in the popular vote only.",
                "A won the popular vote by 1,488 but B won the Electoral College 3 : 0.");
    }

    @Test
    void equalTopElectorsAreATieNeverBroken() {
        JurisdictionSet set = set(withElectors("X", 269), withElectors("Y", 269));
        ElectoralOutcome o = new Electoral().evaluate(tally("P", "A", "B").in("X", 2, 1).in("Y", 1, 2).build(), set);
        assertThat(o.decision()).isEqualTo(Decision.TIE);
        assertThat(o.winner()).isEmpty();
        assertThat(o.decidingFigure()).isEqualTo("tie at 269 of 538 electors");
        assertThat(o.reasons().get(0)).startsWith("A and B are tied with 269 electors each of 538;");
        assertThat(o.reasons()).contains("The popular vote is tied between A and B.");
    }

    @Test
    void theThresholdIsConfigurableAndDecidedExactly() {
        // A holds 8 of 12 = 2/3 exactly: at least 2/3 passes, more than 2/3 fails.
        var t = tally("P", "A", "B").in("X", 2, 1).in("Y", 1, 2).in("Z", 2, 1).build();
        JurisdictionSet set = set(withElectors("X", 3), withElectors("Y", 4), withElectors("Z", 5));
        assertThat(new Electoral(Threshold.parse(">=2/3")).evaluate(t, set).decision()).isEqualTo(Decision.ACCEPTED);
        ElectoralOutcome strict = new Electoral(Threshold.parse(">2/3")).evaluate(t, set);
        assertThat(strict.decision()).isEqualTo(Decision.REJECTED);
        assertThat(strict.needed()).hasValue(9);
    }

    @Test
    void theElectorsNeededFollowTheThresholdExactly() {
        assertThat(Electoral.needed(Threshold.SIMPLE_MAJORITY, 538)).hasValue(270);
        assertThat(Electoral.needed(Threshold.SIMPLE_MAJORITY, 537)).hasValue(269);
        assertThat(Electoral.needed(Threshold.parse(">=1/2"), 538)).hasValue(269);
        assertThat(Electoral.needed(Threshold.parse(">1"), 538)).isEmpty();
        assertThat(Electoral.needed(Threshold.SIMPLE_MAJORITY, 0)).isEmpty();
    }

    @Test
    void withNoValidVoteNoElectorIsAwardedAndNobodyWins() {
        ElectoralOutcome o = new Electoral().evaluate(tally("P", "A", "B").in("X", 0, 0).build(),
                set(withElectors("X", 3)));
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.decidingFigure()).isEqualTo("no electors awarded");
        assertThat(o.reasons()).containsExactly("No electors were awarded, so no option wins.",
                "No valid votes were cast nationally.", "No valid votes in X (3): their electors are not awarded.");
    }

    @Test
    void aWinnerWhoAlsoLeadsThePopularVoteIsSaidSo() {
        ElectoralOutcome o = new Electoral().evaluate(tally("P", "A", "B")
                .in("X", 40, 30).in("Y", 10, 20).in("Z", 50, 10).build(), THREE);
        assertThat(o.reasons()).contains("A also won the popular vote, by 40 of 160 valid votes.");
    }
}
