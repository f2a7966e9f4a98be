package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.model.ModelFixtures.declaredSet;
import static org.reftally.model.ModelFixtures.implicitSet;
import static org.reftally.model.ModelFixtures.unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contest tally given its units as columns is the same value, with the same views, as one given
 * the same units as a map of {@link Counts}: equal, same hash, same units, same sums.
 */
class UnitColumnsTest {

    private static final Contest YES_NO = Contest.of("Referendum", "YES", "NO");
    private static final String[] CODES = {"AK", "CA", "NY", "TX", "VT"};
    private static final long NR = UnitColumns.NOT_REPORTED;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 42, 2026})
    void columnsAndAMapOfTheSameUnitsMakeEqualTalliesWithEqualViews(long seed) {
        Random random = new Random(seed);
        List<Unit> units = new ArrayList<>();
        int n = random.nextInt(300);
        for (int i = 0; i < n; i++) {
            units.add(unit(CODES[random.nextInt(CODES.length)], random.nextInt(4) == 0 ? "" : "P" + i));
        }
        units = new ArrayList<>(new java.util.TreeSet<>(units));
        if (seed % 2 == 0) {
            Collections.shuffle(units, random); // odd seeds: in order, as most returns files are
        }
        long[] figures = new long[units.size() * 5];
        Map<Unit, Counts> map = new TreeMap<>();
        for (int i = 0; i < units.size(); i++) {
            long[] f = {random.nextInt(1000), random.nextInt(1000), random.nextBoolean() ? NR : random.nextInt(2000),
                random.nextInt(5) == 0 ? NR : random.nextInt(50), random.nextInt(3) == 0 ? NR : random.nextInt(9000)};
            System.arraycopy(f, 0, figures, i * 5, 5);
            map.put(units.get(i), new Counts(new long[] {f[0], f[1]}, count(f[2]), count(f[3]), 0, Map.of(),
                    count(f[4])));
        }

        ContestTally fromColumns = new ContestTally(YES_NO,
                UnitColumns.of(units.toArray(Unit[]::new), 2, figures, units.size()));
        ContestTally fromMap = new ContestTally(YES_NO, map);

        assertThat(fromColumns.hasAreas()).isEqualTo(fromMap.hasAreas());
        for (JurisdictionSet set : List.of(implicitSet("CA", "TX"), declaredSet("Five", CODES))) {
            assertThat(fromColumns.byJurisdiction(set)).isEqualTo(fromMap.byJurisdiction(set));
            assertThat(fromColumns.totals(set)).isEqualTo(fromMap.totals(set));
        }
        assertThat(fromColumns).isEqualTo(fromMap).hasSameHashCodeAs(fromMap);
        assertThat(fromColumns.units()).containsExactlyEntriesOf(fromMap.units());
        assertThat(fromColumns.units().toString()).isEqualTo(fromMap.units().toString());
        assertThat(fromColumns.plus(fromMap)).isEqualTo(fromMap.plus(fromMap));
    }

    @Test
    void onlyTheFirstSizeUnitsAreTakenAndTheArraysAreCopied() {
        Unit[] units = {unit("CA", "b"), unit("CA", "a"), unit("TX", "")};
        long[] figures = {1, 2, 3, 4, 5, 6, 7, NR, NR, NR, 9, 9, 9, 9, 9};
        UnitColumns columns = UnitColumns.of(units, 2, figures, 2);
        units[0] = unit("ZZ", "");
        figures[0] = 100;

        assertThat(columns.size()).isEqualTo(2);
        assertThat(columns.unit(0)).isEqualTo(unit("CA", "a"));
        assertThat(columns.counts(0)).isEqualTo(new Counts(new long[] {6, 7}, Count.NOT_REPORTED,
                Count.NOT_REPORTED, 0, Map.of(), Count.NOT_REPORTED));
        assertThat(columns.counts(1)).isEqualTo(new Counts(new long[] {1, 2}, Count.of(3), Count.of(4), 0, Map.of(),
                Count.of(5)));
    }

    @Test
    void aUnitGivenTwiceIsRefusedInOrderOrNot() {
        long[] figures = new long[15];
        assertThatThrownBy(() -> UnitColumns.of(new Unit[] {unit("CA", "a"), unit("CA", "a"), unit("TX", "")}, 2,
                figures, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CA/a");
        assertThatThrownBy(() -> UnitColumns.of(new Unit[] {unit("TX", ""), unit("CA", "a"), unit("CA", "a")}, 2,
                figures, 3)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CA/a");
    }

    @Test
    void negativeFiguresAreRefusedButNotReportedOnesAreNot() {
        Unit[] one = {unit("CA", "")};
        assertThatThrownBy(() -> UnitColumns.of(one, 2, new long[] {-1, 0, 0, 0, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitColumns.of(one, 2, new long[] {0, 0, -2, 0, 0}, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(UnitColumns.of(one, 2, new long[] {0, 0, NR, NR, NR}, 1).size()).isEqualTo(1);
    }

    @Test
    void columnsForAnotherNumberOfOptionsAreRefused() {
        UnitColumns three = UnitColumns.of(new Unit[] {unit("CA", "")}, 3, new long[6], 1);
        assertThatThrownBy(() -> new ContestTally(YES_NO, three)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Count count(long figure) {
        return figure == NR ? Count.NOT_REPORTED : Count.of(figure);
    }
}
