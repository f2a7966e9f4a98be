package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.ingest.TestInputs.contest;
import static org.reftally.ingest.TestInputs.options;
import static org.reftally.ingest.TestInputs.opts;
import static org.reftally.ingest.TestInputs.unit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Jurisdiction;
import org.reftally.model.OptionId;

class ReturnsIngestTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @Test
    void wideReturnsCarryBlankInvalidAndElectorate() {
        Path f = in.csv("r.csv", "jurisdiction,name,electorate,Yes,No,blank,invalid",
                "ZH,Zürich,1000,300,200,10,5", "BE,Bern,,100, 150 ,,");
        IngestResult r = in.read(f);

        assertThat(contest(r, "referendum").contest().options()).containsExactly(OptionId.of("Yes"),
                OptionId.of("No"));
        Counts zh = unit(r, "referendum", "ZH");
        assertThat(zh.votes()).containsExactly(300, 200);
        assertThat(zh.blank()).isEqualTo(Count.of(10));
        assertThat(zh.invalid()).isEqualTo(Count.of(5));
        assertThat(zh.electorate()).isEqualTo(Count.of(1000));
        Counts be = unit(r, "referendum", "BE");
        assertThat(be.votes()).containsExactly(100, 150);
        assertThat(be.blank()).isEqualTo(Count.NOT_REPORTED);
        assertThat(be.invalid()).isEqualTo(Count.NOT_REPORTED);
        assertThat(be.electorate()).isEqualTo(Count.NOT_REPORTED);
        Counts total = contest(r, "referendum").totals(r.jurisdictions());
        assertThat(total.blank()).isEqualTo(new Count(10, false));
        assertThat(r.inputs().get(0).kind()).isEqualTo("returns");
    }

    @Test
    void theImplicitSetTakesNamesFromTheNameColumn() {
        IngestResult r = in.read(in.csv("r.csv", "jurisdiction,name,yes,no", "ZH,Zürich,1,2", "BE,,3,4"));
        assertThat(r.jurisdictions().isImplicit()).isTrue();
        assertThat(r.jurisdictions().members()).extracting(Jurisdiction::name).containsExactly("BE", "Zürich");
    }

    @Test
    void electorateFallsBackToTheJurisdictionSetWhenTheReturnsLackIt() {
        Path set = in.csv("set.csv", "code,name,electorate", "A,Alpha,500", "B,Beta,600");
        Path f = in.csv("r.csv", "jurisdiction,yes,no,electorate", "A,1,2,", "B,3,4,700");
        IngestResult r = in.read(options(null, Map.of(), JurisdictionSets.load(set.toString())), f);
        Map<Jurisdiction, Counts> by = contest(r, "referendum").byJurisdiction(r.jurisdictions());
        assertThat(by.values()).extracting(Counts::electorate).containsExactly(Count.of(500), Count.of(700));
    }

    @Test
    void longReturnsListOptionsInOrderOfFirstAppearance() {
        Path f = in.csv("r.csv", "state,name,option,votes",
                "AL,Alabama,Trump,1318255", "AL,Alabama,Clinton,729547", "AK,Alaska,Clinton,116454",
                "AK,Alaska,Trump,163387", "AK,Alaska,blank,10", "AK,Alaska,Invalid,3", "AK,Alaska,ELECTORATE,500000");
        IngestResult r = in.read(f);

        assertThat(contest(r, "referendum").contest().options()).extracting(OptionId::name)
                .containsExactly("Trump", "Clinton");
        Counts ak = unit(r, "referendum", "AK");
        assertThat(ak.votes()).containsExactly(163387, 116454);
        assertThat(ak.blank()).isEqualTo(Count.of(10));
        assertThat(ak.invalid()).isEqualTo(Count.of(3));
        assertThat(ak.electorate()).isEqualTo(Count.of(500000));
        Counts al = unit(r, "referendum", "AL");
        assertThat(al.blank()).isEqualTo(Count.NOT_REPORTED);
        assertThat(al.electorate()).isEqualTo(Count.NOT_REPORTED);
    }

    @Test
    void longReturnsRejectAnUndeclaredOption() {
        Path f = in.csv("r.csv", "jurisdiction,option,votes", "ZH,yes,1", "ZH,perhaps,2", "ZH,NO,3");
        IngestResult r = in.read(options(null, Map.of("", opts("YES", "NO")), null), f);
        assertThat(in.rejectLines()).containsExactly(
                f + ":3: option 'perhaps' is not a declared option of contest 'referendum' (YES, NO)");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 3);
    }

    @Test
    void longReturnsWithAContestColumnCountEachContest() {
        Path f = in.csv("r.csv", "jurisdiction,contest,option,votes",
                "ZH,Q1,yes,1", "ZH,Q2,no,2", "ZH,Q1,no,3", "ZH,,yes,4");
        IngestResult r = in.read(f);
        assertThat(r.tally().contests()).extracting(c -> c.contest().name()).containsExactly("Q1", "Q2");
        assertThat(unit(r, "Q1", "ZH").votes()).containsExactly(1, 3);
        assertThat(in.rejectLines()).containsExactly(f + ":5: missing contest");
    }

    @Test
    void wideReturnsWithAContestColumnAndPerContestOptions() {
        Path f = in.csv("r.csv", "jurisdiction,contest,yes,no,A,B",
                "ZH,Q1,10,20,,", "ZH,Q2,,,5,6", "BE,Q2,1,,5,6", "BE,Q1,1,2,0,");
        IngestResult r = in.read(options(null, Map.of("q1", opts("yes", "no"), "Q2", opts("A", "B")), null), f);
        assertThat(unit(r, "Q1", "ZH").votes()).containsExactly(10, 20);
        assertThat(unit(r, "Q2", "ZH").votes()).containsExactly(5, 6);
        assertThat(unit(r, "Q1", "BE").votes()).containsExactly(1, 2);
        assertThat(in.rejectLines()).containsExactly(
                f + ":4: column 'yes' is not an option of contest 'Q2' but has a count");
    }

    @Test
    void anEmptyOptionCellIsAMissingCountNotZero() {
        Path f = in.csv("r.csv", "jurisdiction,yes,no", "ZH,10,", "BE,1,2");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":2: missing count in column 'no'");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "-3                   | '-3' is negative",
        "1.5                  | '1.5' is not a whole number",
        "'\"1,000\"'          | '1,000' has a thousands separator; write the digits only",
        "99999999999999999999 | '99999999999999999999' is too large (the largest count is 9223372036854775807)",
        "twelve               | 'twelve' is not a count (a whole number 0 or more)",
    })
    void badCountsAreRejectedNamingTheColumn(String cell, String why) {
        Path f = in.csv("r.csv", "jurisdiction,yes,no,blank", "ZH,1,2,3", "BE,4," + cell + ",0");
        IngestResult r = in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":3: bad count in column 'no': " + why);
        assertThat(r.inputs().get(0).rejected()).isEqualTo(1);
    }

    @Test
    void badCountsInExtraColumnsAndLongFormNameTheirColumn() {
        Path wide = in.csv("w.csv", "jurisdiction,yes,no,electorate", "ZH,1,2,-1");
        Path lng = in.csv("l.csv", "jurisdiction,option,votes", "ZH,yes,1.0", "ZH,yes,");
        in.read(wide, lng);
        assertThat(in.rejectLines()).containsExactly(
                wide + ":2: bad count in column 'electorate': '-1' is negative",
                lng + ":2: bad count in column 'votes': '1.0' is not a whole number",
                lng + ":3: missing count in column 'votes'");
    }

    @Test
    void countsWithSpacesAroundThemAreRead() {
        IngestResult r = in.read(in.csv("r.csv", "jurisdiction,yes,no", "ZH, 12 ,007"));
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(12, 7);
    }

    @Test
    void theSameUnitTwiceIsRejectedNamingTheFirstLine() {
        Path a = in.csv("a.csv", "jurisdiction,county,yes,no", "CA,Kern,1,2", "CA,Inyo,1,2", "ca, Kern ,5,5");
        Path b = in.csv("b.csv", "jurisdiction,county,yes,no", "CA,Inyo,9,9");
        IngestResult r = in.read(a, b);
        assertThat(in.rejectLines()).containsExactly(
                a + ":4: duplicate returns for CA area 'Kern' in contest 'referendum', first given at " + a + ":2",
                b + ":2: duplicate returns for CA area 'Inyo' in contest 'referendum', first given at " + a + ":3");
        assertThat(unit(r, "referendum", "CA", "Kern").votes()).containsExactly(1, 2);
    }

    @Test
    void theSameOptionOfAUnitTwiceInLongFormIsRejected() {
        Path f = in.csv("r.csv", "jurisdiction,option,votes", "ZH,yes,1", "ZH,no,2", "ZH,YES,3", "ZH,blank,1",
                "ZH,Blank,1");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(
                f + ":4: duplicate returns for ZH option 'YES' in contest 'referendum', first given at " + f + ":2",
                f + ":6: duplicate returns for ZH option 'Blank' in contest 'referendum', first given at " + f + ":5");
    }

    @Test
    void aColumnThatIsNoDeclaredOptionSuggestsTheClosest() {
        Path f = in.csv("r.csv", "jurisdiction,YES,NOO", "ZH,1,2");
        assertThatThrownBy(() -> in.read(options(null, Map.of("", opts("YES", "NO")), null), f))
                .isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:3: column 'NOO' is not a declared option (did you mean 'NO'?)");
    }

    @Test
    void aDeclaredOptionWithoutAColumnIsAnError() {
        Path f = in.csv("r.csv", "jurisdiction,YES,NO", "ZH,1,2");
        assertThatThrownBy(() -> in.read(options(null, Map.of("", opts("YES", "NO", "Abstain")), null), f))
                .isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1: no column for declared option 'Abstain'");
    }

    @Test
    void anUnknownColumnInLongFormIsAnError() {
        Path f = in.csv("r.csv", "jurisdiction,option,votes,contset", "ZH,yes,1,Q");
        assertThatThrownBy(() -> in.read(f)).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1:4: unknown column 'contset' in long-form returns (did you mean 'contest'?)");
    }

    @Test
    void aJurisdictionNotInTheSetIsRejectedInReturnsToo() {
        Path f = in.csv("r.csv", "state,yes,no", "CA,1,2", "PR,3,4");
        in.read(options(null, Map.of(), JurisdictionSets.load("us")), f);
        assertThat(in.rejectLines()).containsExactly(f + ":3: jurisdiction 'PR' is not in the jurisdiction set us");
    }

    @Test
    void returnsAndBallotsOfTheSameContestAddUp() {
        Path ballots = in.csv("b.csv", "jurisdiction,choice", "ZH,yes", "ZH,no", "ZH,no");
        Path returns = in.csv("r.csv", "jurisdiction,No,Yes,blank", "BE,10,20,1");
        IngestResult r = in.read(ballots, returns);
        assertThat(contest(r, "referendum").contest().options()).extracting(OptionId::name)
                .containsExactly("YES", "NO");
        assertThat(unit(r, "referendum", "BE").votes()).containsExactly(20, 10);
        assertThat(contest(r, "referendum").totals(r.jurisdictions()).votes()).containsExactly(21, 12);
        assertThat(r.inputs()).extracting(s -> s.kind()).containsExactly("ballots", "returns");
    }

    @Test
    void longReturnsFilesMayEachListOnlySomeOptions() {
        Path a = in.csv("a.csv", "jurisdiction,option,votes", "AL,Trump,5", "AL,Clinton,3");
        Path b = in.csv("b.csv", "jurisdiction,option,votes", "DC,Clinton,9", "DC,Stein,1");
        IngestResult r = in.read(a, b);
        assertThat(contest(r, "referendum").contest().options()).extracting(OptionId::name)
                .containsExactly("Trump", "Clinton", "Stein");
        assertThat(unit(r, "referendum", "DC").votes()).containsExactly(0, 9, 1);
    }

    @Test
    void theSameContestWithOtherOptionsInAnotherFileIsAnError() {
        Path a = in.csv("a.csv", "jurisdiction,choice", "ZH,yes");
        Path b = in.csv("b.csv", "jurisdiction,yes,no,maybe", "BE,1,2,3");
        assertThatThrownBy(() -> in.read(a, b)).isInstanceOf(InputFileException.class)
                .hasMessageStartingWith(b + ": contest 'referendum' has options yes, no, maybe here but YES, NO in an"
                        + " earlier input");
    }

    @Test
    void aTotalBeyondALongIsRejectedNotWrapped() {
        Path f = in.csv("r.csv", "jurisdiction,yes,no", "A,9223372036854775807,0", "B,1,0");
        IngestResult r = in.read(f);
        assertThat(in.rejects).extracting(Reject::reason).containsExactly(
                "the counts would make the total of contest 'referendum' exceed the largest count (9223372036854775807)");
        assertThat(contest(r, "referendum").totals(r.jurisdictions()).votes()).containsExactly(Long.MAX_VALUE, 0);
    }

    @Test
    void aRowWhoseContestLacksAnOptionColumnIsRejected() {
        Path f = in.csv("r.csv", "jurisdiction,contest,yes,no", "ZH,Q1,1,2", "ZH,Q2,3,4");
        IngestResult r = in.read(options(null, Map.of("Q2", opts("yes", "no", "abstain")), null), f);
        assertThat(in.rejectLines()).containsExactly(f + ":3: no column for option 'abstain' of contest 'Q2'");
        assertThat(unit(r, "Q1", "ZH").votes()).containsExactly(1, 2);
    }

    @Test
    void aLongRowWithoutAnOptionIsRejected() {
        Path f = in.csv("r.csv", "jurisdiction,option,votes", "ZH, ,1", "ZH,yes,1");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":2: missing option");
    }

    @Test
    void aRowWhoseCountsOverflowTogetherIsRejected() {
        Path f = in.csv("r.csv", "jurisdiction,yes,no", "A,9223372036854775807,1", "B,1,1");
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(
                f + ":2: the counts of this row add up to more than the largest count (9223372036854775807)");
    }

    @Test
    void rowsOfAnUnselectedContestAreCheckedButNotCounted() {
        Path f = in.csv("r.csv", "jurisdiction,contest,option,votes", "ZH,Q1,yes,1", "ZH,Q2,yes,x", "ZH,Q2,yes,2");
        IngestResult r = in.read(options("Q1", Map.of(), null), f);
        assertThat(r.tally().contests()).extracting(c -> c.contest().name()).containsExactly("Q1");
        assertThat(in.rejectLines()).containsExactly(f + ":3: bad count in column 'votes': 'x' is not a count"
                + " (a whole number 0 or more)");
        assertThat(r.inputs().get(0).counted()).isEqualTo(2);
    }

    @Test
    void tabSeparatedReturnsAreRead() {
        IngestResult r = in.read(in.csv("r.tsv", "region\tname\tYes\tNo", "E1\tNorth East\t5\t7"));
        assertThat(unit(r, "referendum", "E1").votes()).containsExactly(5, 7);
        assertThat(r.jurisdictions().members().get(0).name()).isEqualTo("North East");
    }

    @Test
    void theSwissReturnsOf2020ReadAsPublished() {
        Path f = Path.of("samples/ch-2020-responsible-business/results.csv");
        IngestResult r = in.read(options(null, Map.of(), JurisdictionSets.load("ch")), f);
        Counts total = contest(r, "referendum").totals(r.jurisdictions());
        assertThat(total.votes()).containsExactly(1_299_129, 1_261_680);
        assertThat(total.electorate()).isEqualTo(Count.of(5_495_345));
        assertThat(total.blank()).isEqualTo(Count.NOT_REPORTED);
        assertThat(in.rejects).isEmpty();
        assertThat(List.copyOf(r.inputs())).singleElement().satisfies(s -> assertThat(s.rows()).isEqualTo(26));
    }
}
