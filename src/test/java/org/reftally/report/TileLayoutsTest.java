package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.reftally.model.JurisdictionId;

class TileLayoutsTest {

    private static Set<JurisdictionId> codes(String[][] members) {
        return new HashSet<>(Arrays.stream(members).map(m -> JurisdictionId.of(m[0])).toList());
    }

    @Test
    void usGridPlacesExactlyTheFiftyStatesAndDc() {
        assertThat(TileLayouts.builtIn("us").orElseThrow().positions().keySet()).hasSize(51)
                .isEqualTo(codes(SampleReports.US));
    }

    @Test
    void chGridPlacesExactlyTheTwentySixCantons() {
        assertThat(TileLayouts.builtIn("ch").orElseThrow().positions().keySet()).hasSize(26)
                .isEqualTo(codes(SampleReports.CH));
    }

    @Test
    void auGridPlacesExactlyTheSixStatesAndTwoTerritories() {
        assertThat(TileLayouts.builtIn("au").orElseThrow().positions().keySet()).hasSize(8)
                .isEqualTo(codes(SampleReports.AU));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us", "ch", "au"})
    void noTwoTilesShareACellAndAllLieInsideTheGrid(String name) {
        TileLayouts.Layout layout = TileLayouts.builtIn(name).orElseThrow();

        assertThat(new HashSet<>(layout.positions().values())).hasSameSizeAs(layout.positions().values());
        assertThat(layout.positions().values()).allSatisfy(p -> {
            assertThat(p.column()).isBetween(0, layout.columns() - 1);
            assertThat(p.row()).isBetween(0, layout.rows() - 1);
        });
    }

    @Test
    void builtInGridsKeepKnownNeighboursAdjacent() {
        TileLayouts.Layout us = TileLayouts.builtIn("us").orElseThrow();
        // Washington sits left of Idaho; Florida below Georgia's row, Texas below Oklahoma.
        assertThat(us.positions().get(JurisdictionId.of("WA")).column())
                .isLessThan(us.positions().get(JurisdictionId.of("ID")).column());
        assertThat(us.positions().get(JurisdictionId.of("TX")).column())
                .isEqualTo(us.positions().get(JurisdictionId.of("OK")).column());
        TileLayouts.Layout ch = TileLayouts.builtIn("ch").orElseThrow();
        assertThat(ch.positions().get(JurisdictionId.of("GE")).column()).isZero();
        assertThat(ch.positions().get(JurisdictionId.of("TG")).row()).isZero();
    }

    @Test
    void builtInNamesMatchInAnyCase() {
        assertThat(TileLayouts.builtIn(" CH ")).isPresent();
        assertThat(TileLayouts.builtIn("uk")).isEmpty();
    }

    @Test
    void setWithACodeTheGridLacksFallsBackToThePlainGrid() {
        Set<JurisdictionId> withPuertoRico = codes(SampleReports.US);
        withPuertoRico.add(JurisdictionId.of("PR"));

        assertThat(TileLayouts.forSet("us", withPuertoRico, 12).name()).isEqualTo("plain");
        assertThat(TileLayouts.forSet("us", codes(SampleReports.US), 12).name()).isEqualTo("us");
    }

    @Test
    void plainGridIsAlphabeticalRowByRow() {
        List<JurisdictionId> codes = List.of(JurisdictionId.of("C"), JurisdictionId.of("A"), JurisdictionId.of("D"),
                JurisdictionId.of("B"), JurisdictionId.of("E"));
        TileLayouts.Layout layout = TileLayouts.plain(codes, 12);

        assertThat(layout.name()).isEqualTo("plain");
        assertThat(layout.columns()).isEqualTo(4);
        assertThat(layout.rows()).isEqualTo(2);
        assertThat(layout.positions().keySet()).extracting(JurisdictionId::code).containsExactly("A", "B", "C", "D", "E");
        assertThat(layout.positions().get(JurisdictionId.of("E"))).isEqualTo(new TileLayouts.Position(0, 1));
    }

    @Test
    void plainGridIsNoWiderThanAllowed() {
        TileLayouts.Layout layout = TileLayouts.plain(codes(SampleReports.US), 5);

        assertThat(layout.columns()).isEqualTo(5);
        assertThat(layout.rows()).isEqualTo(11);
    }
}
