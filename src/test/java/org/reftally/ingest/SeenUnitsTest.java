package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;

class SeenUnitsTest {

    private static Unit unit(String code, String area) {
        return new Unit(JurisdictionId.of(code), area);
    }

    @Test
    void everyUnitIsFoundWhereItWasFirstGivenAfterTheTableGrows() {
        SeenUnits.Places places = new SeenUnits().of("referendum");
        for (int i = 0; i < 10_000; i++) {
            places.add(unit("S" + i % 51, "P" + i), "f.csv", i + 2);
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(places.first(unit("s" + i % 51, " P" + i + " "))).isEqualTo(new RowPlace("f.csv", i + 2));
        }
        assertThat(places.first(unit("S0", "P1"))).isNull();
    }

    @Test
    void unitsGivenInOrderAreFoundAgainWhenOneComesOutOfOrder() {
        SeenUnits.Places places = new SeenUnits().of("referendum");
        for (int i = 0; i < 5_000; i++) {
            Unit next = unit("S" + (10 + i / 100), String.format("P%04d", i));
            assertThat(places.first(next)).isNull();
            places.add(next, i < 2_500 ? "a.csv" : "b.csv", i + 2);
        }
        assertThat(places.first(unit("S99", "P0000"))).isNull();
        assertThat(places.first(unit("S10", "P0042"))).isEqualTo(new RowPlace("a.csv", 44));
        assertThat(places.first(unit("S59", "P4999"))).isEqualTo(new RowPlace("b.csv", 5_001));
        assertThat(places.first(unit("S10", "P0042 "))).isEqualTo(new RowPlace("a.csv", 44));
        places.add(unit("S10", "P9999"), "b.csv", 9_000);
        assertThat(places.first(unit("S10", "P9999"))).isEqualTo(new RowPlace("b.csv", 9_000));
        assertThat(places.first(unit("S35", "P2550"))).isEqualTo(new RowPlace("b.csv", 2_552));
    }

    @Test
    void contestsAndFormsAreKeptApart() {
        SeenUnits seen = new SeenUnits();
        seen.of("prop 1").add(unit("CA", ""), "a.csv", 2);
        seen.of("prop 1").add(new SeenUnits.UnitOption(unit("TX", ""), "yes"), "a.csv", 3);

        assertThat(seen.of("prop 1").first(unit("CA", ""))).isEqualTo(new RowPlace("a.csv", 2));
        assertThat(seen.of("prop 2").first(unit("CA", ""))).isNull();
        assertThat(seen.of("prop 1").first(unit("TX", ""))).isNull();
        assertThat(seen.of("prop 1").first(new SeenUnits.UnitOption(unit("TX", ""), "no"))).isNull();
        assertThat(seen.of("prop 1").first(new SeenUnits.UnitOption(unit("TX", ""), "yes")))
                .isEqualTo(new RowPlace("a.csv", 3));
    }

    @Test
    void aKeyIsNeverAddedTwice() {
        SeenUnits.Places places = new SeenUnits().of("referendum");
        places.add(unit("CA", "P1"), "a.csv", 2);
        assertThatThrownBy(() -> places.add(unit("CA", "P1"), "b.csv", 2)).isInstanceOf(IllegalStateException.class);
    }
}
