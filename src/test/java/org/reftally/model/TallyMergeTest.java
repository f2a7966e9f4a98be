package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.model.ModelFixtures.ballots;
import static org.reftally.model.ModelFixtures.contest;
import static org.reftally.model.ModelFixtures.declaredSet;
import static org.reftally.model.ModelFixtures.implicitSet;
import static org.reftally.model.ModelFixtures.input;
import static org.reftally.model.ModelFixtures.partial;
import static org.reftally.model.ModelFixtures.unit;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TallyMergeTest {

    private static final Contest REF = Contest.of("referendum", "YES", "NO");

    private static PartialTally county(String source, String sha, String area, long yes, long no) {
        return partial(source, implicitSet("ZH"), input(source + ".csv", sha, yes + no, 0),
                contest(REF, unit("ZH", area), ballots(0, 0, yes, no)));
    }

    @Test
    void disjointUnitsAreKeptAndInputsListedInPartialOrder() {
        PartialTally merged = TallyMerge.merge("all", List.of(county("a", "aa", "Winterthur", 5, 3),
                county("b", "bb", "Uster", 2, 7)), Optional.empty(), MergePolicy.STRICT);

        ContestTally ref = merged.tally().contests().get(0);
        assertThat(ref.units()).containsOnlyKeys(unit("ZH", "Uster"), unit("ZH", "Winterthur"));
        assertThat(ref.totals(merged.jurisdictions()).votes()).containsExactly(7, 10);
        assertThat(merged.inputs()).extracting(InputSummary::path).containsExactly("a.csv", "b.csv");
    }

    @Test
    void theSameUnitInTwoPartialsIsRefusedNamingBothSources() {
        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(county("a", "aa", "Uster", 5, 3),
                county("b", "bb", "Uster", 2, 7)), Optional.empty(), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("a and b both count ZH area 'Uster' in contest 'referendum'");
    }

    @Test
    void splitUnitsAreAddedWhenAllowed() {
        PartialTally merged = TallyMerge.merge("all", List.of(county("a", "aa", "Uster", 5, 3),
                county("b", "bb", "Uster", 2, 7)), Optional.empty(), new MergePolicy(false, true));

        assertThat(merged.tally().contests().get(0).units().get(unit("ZH", "Uster")).votes()).containsExactly(7, 10);
    }

    @Test
    void theSameInputFileInTwoPartialsIsRefusedByItsHash() {
        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(county("a", "same", "Uster", 5, 3),
                county("b", "same", "Dietikon", 2, 7)), Optional.empty(), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("SHA-256 same").hasMessageContaining("in a (as a.csv) and in b (as b.csv)");
    }

    @Test
    void differentContestsAreRefusedUnlessAllowed() {
        Contest other = Contest.of("bridge", "YES", "NO");
        PartialTally a = county("a", "aa", "Uster", 5, 3);
        PartialTally b = partial("b", implicitSet("ZH"), input("b.csv", "bb", 1, 0),
                contest(other, unit("ZH", "Uster"), ballots(0, 0, 1, 0)));

        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(a, b), Optional.empty(), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("contest 'referendum' is in a but not in b");
        PartialTally merged = TallyMerge.merge("all", List.of(a, b), Optional.empty(), new MergePolicy(true, false));
        assertThat(merged.tally().contests()).extracting(c -> c.contest().name()).containsExactly("referendum",
                "bridge");
    }

    @Test
    void differentOptionsAreRefusedUnlessAllowedAndThenJoinedInOrderOfFirstAppearance() {
        Contest three = Contest.of("referendum", "NO", "MAYBE", "YES");
        PartialTally a = county("a", "aa", "Uster", 5, 3);
        PartialTally b = partial("b", implicitSet("ZH"), input("b.csv", "bb", 6, 0),
                contest(three, unit("ZH", "Dietikon"), ballots(0, 0, 1, 2, 3)));

        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(a, b), Optional.empty(), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("has options YES, NO in a but NO, MAYBE, YES in b");
        ContestTally merged = TallyMerge.merge("all", List.of(a, b), Optional.empty(), new MergePolicy(true, false))
                .tally().contests().get(0);
        assertThat(merged.contest().options()).extracting(OptionId::name).containsExactly("YES", "NO", "MAYBE");
        assertThat(merged.units().get(unit("ZH", "Dietikon")).votes()).containsExactly(3, 1, 2);
        assertThat(merged.units().get(unit("ZH", "Uster")).votes()).containsExactly(5, 3, 0);
    }

    @Test
    void optionsInAnotherOrderAreMatchedByName() {
        Contest reversed = Contest.of("Referendum", "no", "yes");
        PartialTally a = county("a", "aa", "Uster", 5, 3);
        PartialTally b = partial("b", implicitSet("ZH"), input("b.csv", "bb", 3, 0),
                contest(reversed, unit("ZH", "Dietikon"), ballots(0, 0, 1, 2)));

        ContestTally merged = TallyMerge.merge("all", List.of(a, b), Optional.empty(), MergePolicy.STRICT)
                .tally().contests().get(0);

        assertThat(merged.contest()).isEqualTo(REF);
        assertThat(merged.units().get(unit("ZH", "Dietikon")).votes()).containsExactly(2, 1);
    }

    @Test
    void implicitSetsAreJoinedAndAJurisdictionKeepsTheFirstRealName() {
        JurisdictionSet named = new JurisdictionSet("(from input)", List.of(new Jurisdiction(JurisdictionId.of("BE"),
                "Bern", Fraction.ONE, java.util.OptionalLong.empty(), java.util.OptionalLong.empty(),
                java.util.OptionalLong.empty())), true);
        PartialTally a = partial("a", implicitSet("ZH", "BE"), input("a.csv", "aa", 1, 0),
                contest(REF, unit("ZH", ""), ballots(0, 0, 1, 0)));
        PartialTally b = partial("b", named, input("b.csv", "bb", 1, 0),
                contest(REF, unit("BE", ""), ballots(0, 0, 0, 1)));

        JurisdictionSet set = TallyMerge.merge("all", List.of(a, b), Optional.empty(), MergePolicy.STRICT)
                .jurisdictions();

        assertThat(set.isImplicit()).isTrue();
        assertThat(set.members()).extracting(Jurisdiction::name).containsExactly("Bern", "ZH");
    }

    @Test
    void declaredSetsMustHaveTheSameMembers() {
        PartialTally a = partial("a", declaredSet("two", "ZH", "BE"), input("a.csv", "aa", 1, 0),
                contest(REF, unit("ZH", ""), ballots(0, 0, 1, 0)));
        PartialTally b = partial("b", declaredSet("three", "ZH", "BE", "GE"), input("b.csv", "bb", 1, 0),
                contest(REF, unit("BE", ""), ballots(0, 0, 0, 1)));
        PartialTally c = partial("c", implicitSet("BE"), input("c.csv", "cc", 1, 0),
                contest(REF, unit("GE", ""), ballots(0, 0, 0, 1)));

        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(a, b), Optional.empty(), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("a was tallied against the jurisdiction set two and b against three");
        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(a, c), Optional.empty(), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessageContaining("a was tallied against the jurisdiction set two but c without one");
    }

    @Test
    void aSetGivenToTheMergeAppliesToImplicitPartialsWhoseJurisdictionsItHas() {
        JurisdictionSet two = declaredSet("two", "ZH", "BE");
        PartialTally a = partial("a", implicitSet("ZH"), input("a.csv", "aa", 1, 0),
                contest(REF, unit("ZH", ""), ballots(0, 0, 1, 0)));
        PartialTally b = partial("b", implicitSet("GE"), input("b.csv", "bb", 1, 0),
                contest(REF, unit("GE", ""), ballots(0, 0, 0, 1)));

        assertThat(TallyMerge.merge("all", List.of(a), Optional.of(two), MergePolicy.STRICT).jurisdictions())
                .isSameAs(two);
        assertThatThrownBy(() -> TallyMerge.merge("all", List.of(a, b), Optional.of(two), MergePolicy.STRICT))
                .isInstanceOf(MergeConflictException.class)
                .hasMessage("b: jurisdiction GE of contest 'referendum' is not in the jurisdiction set two");
    }

    @Test
    void partiallyReportedFiguresStayLowerBoundsAfterTheMerge() {
        Counts reported = new Counts(new long[] {1, 1}, Count.of(4), Count.of(0), 0, java.util.Map.of(), Count.of(10));
        Counts silent = new Counts(new long[] {1, 1}, Count.NOT_REPORTED, Count.of(0), 0, java.util.Map.of(),
                Count.NOT_REPORTED);
        PartialTally a = partial("a", implicitSet("ZH"), input("a.csv", "aa", 1, 0),
                contest(REF, unit("ZH", "x"), reported));
        PartialTally b = partial("b", implicitSet("ZH"), input("b.csv", "bb", 1, 0),
                contest(REF, unit("ZH", "y"), silent));

        Counts total = TallyMerge.merge("all", List.of(a, b), Optional.empty(), MergePolicy.STRICT).tally()
                .contests().get(0).totals(implicitSet("ZH"));

        assertThat(total.blank()).isEqualTo(new Count(4, false));
        assertThat(total.electorate()).isEqualTo(new Count(10, false));
    }
}
