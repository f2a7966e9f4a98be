package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.SeatThreshold;
import org.reftally.scheme.seats.TiePolicy;

class SeatSettingsTest {

    @Test
    void defaultsAreNoMinimumNoCapNoThresholdAndTiesRefused() {
        SeatSettings s = SeatSettings.of(SeatMethod.DHONDT);
        assertThat(s.minSeats()).isZero();
        assertThat(s.maxSeats()).isEmpty();
        assertThat(s.threshold()).isSameAs(SeatThreshold.none());
        assertThat(s.tiePolicy()).isEqualTo(TiePolicy.ERROR);
        assertThat(s.traceLength()).isEqualTo(5);
    }

    @Test
    void theUsHouseRuleIsHuntingtonHillWithOneSeatEach() {
        assertThat(SeatSettings.usHouse().method()).isEqualTo(SeatMethod.HUNTINGTON_HILL);
        assertThat(SeatSettings.usHouse().minSeats()).isEqualTo(1);
        assertThat(SeatSettings.usHouse().describe()).isEqualTo("huntington-hill, at least 1 each");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        assertThatThrownBy(() -> new SeatSettings(SeatMethod.HARE, 3, OptionalInt.of(2), SeatThreshold.none(),
                TiePolicy.ERROR, 0, Optional.of(Fraction.ZERO), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The maximum seats (2) must be at least the minimum (3)."
                        + " A first divisor applies only to modified-sainte-lague, not hare."
                        + " The first divisor must be positive, not 0."
                        + " The number of last awards to report must be 0 or more, not -1.");
    }

    @Test
    void withersChangeOneSettingEach() {
        SeatSettings s = SeatSettings.of(SeatMethod.MODIFIED_SAINTE_LAGUE).withMaxSeats(9)
                .withFirstDivisor(Fraction.of(6, 5)).withTies(TiePolicy.LOT, 7).withTraceLength(1);
        assertThat(s.describe()).isEqualTo("modified-sainte-lague, at most 9 each, first divisor 1.2");
        assertThat(s.seed()).isEqualTo(7);
        assertThat(s.traceLength()).isEqualTo(1);
    }

    @Test
    void givenSeatsMustNotBeNegative() {
        assertThatThrownBy(() -> new SeatSource.Given(Map.of(JurisdictionId.of("B"), -2, JurisdictionId.of("A"), -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seats must be 0 or more: A (-1) and B (-2)");
    }
}
