package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.model.ModelFixtures.ballots;
import static org.reftally.model.ModelFixtures.declaredSet;
import static org.reftally.model.ModelFixtures.implicitSet;
import static org.reftally.model.ModelFixtures.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The views of a {@link ContestTally} are computed once per set and kept; these tests check that
 * what is kept is what summing every unit afresh gives, whatever set is asked for and in any order.
 */
class ContestTallyViewsTest {

    private static final Contest YES_NO = Contest.of("Referendum", "YES", "NO");
    private static final String[] CODES = {"AK", "CA", "NY", "TX", "VT"};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void viewsEqualTheUnitsSummedAfreshForEverySetAskedInTurn(long seed) {
        Random random = new Random(seed);
        Map<Unit, Counts> units = new TreeMap<>();
        int n = 1 + random.nextInt(200);
        for (int i = 0; i < n; i++) {
            String code = CODES[random.nextInt(CODES.length)];
            Count electorate = random.nextBoolean() ? Count.of(random.nextInt(5000)) : Count.NOT_REPORTED;
            Counts c = new Counts(new long[] {random.nextInt(1000), random.nextInt(1000)},
                    random.nextInt(4) == 0 ? Count.NOT_REPORTED : Count.of(random.nextInt(50)),
                    Count.of(random.nextInt(50)), 0, Map.of(), electorate);
            units.put(unit(code, "P" + i), c);
        }
        ContestTally tally = new ContestTally(YES_NO, units);
        JurisdictionSet[] sets = {implicitSet(CODES), declaredSet("some", "NY", "TX", "WY"),
                declaredSet("all", "VT", "TX", "NY", "CA", "AK")};
        for (int round = 0; round < 12; round++) {
            JurisdictionSet set = sets[random.nextInt(sets.length)];
            Map<Jurisdiction, Counts> expected = naiveByJurisdiction(units, set);
            assertThat(tally.byJurisdiction(set)).containsExactlyEntriesOf(expected);
            assertThat(tally.totals(set)).isEqualTo(naiveTotals(expected));
        }
    }

    @Test
    void aSecondSetIsNotAnsweredWithTheFirstSetsViews() {
        ContestTally tally = ModelFixtures.contest(YES_NO, unit("CA", "1"), ballots(0, 0, 5, 1), unit("TX", ""),
                ballots(1, 0, 2, 3));
        JurisdictionSet implicit = implicitSet("CA", "TX");
        JurisdictionSet declared = declaredSet("d", "TX", "CA");
        assertThat(tally.byJurisdiction(implicit).keySet()).extracting(j -> j.id().code()).containsExactly("CA", "TX");
        assertThat(tally.byJurisdiction(declared).keySet()).extracting(j -> j.id().code()).containsExactly("TX", "CA");
        // The declared set gives each jurisdiction an electorate of 1000; the implicit one none.
        assertThat(tally.totals(declared).electorate()).isEqualTo(Count.of(2000));
        assertThat(tally.totals(implicit).electorate()).isEqualTo(Count.NOT_REPORTED);
    }

    @Test
    void aTotalTooLargeForALongStillThrowsOnEveryCall() {
        ContestTally tally = ModelFixtures.contest(YES_NO, unit("CA", ""), ballots(0, 0, Long.MAX_VALUE, 0),
                unit("TX", ""), ballots(0, 0, 1, 0));
        JurisdictionSet set = implicitSet("CA", "TX");
        assertThatThrownBy(() -> tally.totals(set)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> tally.totals(set)).isInstanceOf(ArithmeticException.class);
    }

    /** The definition the cached views must keep: every unit added with Counts.plus, per call. */
    private static Map<Jurisdiction, Counts> naiveByJurisdiction(Map<Unit, Counts> units, JurisdictionSet set) {
        Map<JurisdictionId, Counts> sums = new TreeMap<>();
        units.forEach((u, c) -> sums.merge(u.jurisdiction(), c, Counts::plus));
        Map<Jurisdiction, Counts> result = new LinkedHashMap<>();
        for (Jurisdiction j : set.members()) {
            Counts c = sums.remove(j.id());
            if (c == null) {
                c = Counts.zero(2);
            }
            if (!c.electorate().complete() && j.electorate().isPresent()) {
                c = c.withElectorate(Count.of(j.electorate().getAsLong()));
            }
            result.put(j, c);
        }
        sums.forEach((id, c) -> result.put(Jurisdiction.named(id), c));
        return result;
    }

    private static Counts naiveTotals(Map<Jurisdiction, Counts> byJurisdiction) {
        Counts total = null;
        for (Counts c : byJurisdiction.values()) {
            total = total == null ? c : total.plus(c);
        }
        return total == null ? Counts.zero(2) : total;
    }
}
