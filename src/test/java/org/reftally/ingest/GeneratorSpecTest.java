package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.ingest.GeneratorFixtures.f;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;

class GeneratorSpecTest {

    private static final JurisdictionSet SET = GeneratorFixtures.plain(3);
    private static final OptionId YES = OptionId.of("YES");
    private static final OptionId NO = OptionId.of("NO");

    @Test
    void defaultsAreAnEvenYesNoQuestionWithoutFaults() {
        GeneratorSpec spec = GeneratorSpec.builder(SET, 10).build();
        assertThat(spec.contest().options()).containsExactly(YES, NO);
        assertThat(spec.shares()).containsExactly(Fraction.HALF, Fraction.HALF);
        assertThat(spec.spread()).isEqualTo(Fraction.ZERO);
        assertThat(spec.countedBallots()).isEqualTo(10);
    }

    @Test
    void aShareOfYesAloneLeavesTheRestToNo() {
        GeneratorSpec spec = GeneratorSpec.builder(SET, 10).shares(Map.of(OptionId.of("yes"), f("0.48"))).build();
        assertThat(spec.contest().options()).containsExactly(YES, NO);
        assertThat(spec.shares()).containsExactly(f("0.48"), f("0.52"));
    }

    @Test
    void sharesNamingOtherOptionsDeclareThemInTheOrderWritten() {
        Map<OptionId, Fraction> shares = new LinkedHashMap<>();
        shares.put(OptionId.of("Remain"), f("0.48"));
        shares.put(OptionId.of("Leave"), f("0.52"));
        GeneratorSpec spec = GeneratorSpec.builder(SET, 10).shares(shares).build();
        assertThat(spec.contest().options()).extracting(OptionId::name).containsExactly("Remain", "Leave");
    }

    @Test
    void unnamedOptionsShareTheRestEqually() {
        GeneratorSpec spec = GeneratorSpec.builder(SET, 10)
                .options(List.of(OptionId.of("A"), OptionId.of("B"), OptionId.of("C")))
                .shares(Map.of(OptionId.of("A"), f("1/2"))).build();
        assertThat(spec.shares()).containsExactly(f("1/2"), f("1/4"), f("1/4"));
    }

    @Test
    void aJurisdictionShareOfOneOptionLeavesTheRestInNationalProportion() {
        GeneratorSpec spec = GeneratorSpec.builder(SET, 10)
                .options(List.of(OptionId.of("A"), OptionId.of("B"), OptionId.of("C")))
                .shares(Map.of(OptionId.of("A"), f("0.2"), OptionId.of("B"), f("0.2"), OptionId.of("C"), f("0.6")))
                .share(JurisdictionId.of("J1"), Map.of(OptionId.of("A"), f("0.6"))).build();
        // The rest, 0.4, goes to B and C as 0.2 : 0.6 nationally.
        assertThat(spec.overrides().get(JurisdictionId.of("J1"))).containsExactly(f("0.6"), f("0.1"), f("0.3"));
    }

    @Test
    void sharesThatDoNotSumToOneAreRefusedWithTheirSum() {
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).shares(Map.of(YES, f("0.48"), NO, f("0.5"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the national shares NO=0.5, YES=0.48 sum to 0.98, not 1");
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).shares(Map.of(YES, f("1.2"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 1");
    }

    @Test
    void aShareForAnOptionOfNoContestIsRefused() {
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10)
                .share(JurisdictionId.of("J0"), Map.of(OptionId.of("MAYBE"), f("0.5"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the shares of J0 name option 'MAYBE', which is not one of [YES, NO]");
    }

    @Test
    void aShareForAJurisdictionOutsideTheSetIsRefused() {
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10)
                .share(JurisdictionId.of("CA"), Map.of(YES, f("0.58"))).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shares are given for CA, which is not in jurisdiction set test");
    }

    @Test
    void blankAndInvalidRatesMustLeaveRoomForEachOther() {
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).blank(f("0.6")).invalid(f("0.5")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the blank rate (0.6) and the invalid rate (0.5) add up to more than 1");
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).spread(f("2")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("spread must lie between 0 and 1, not 2");
    }

    @Test
    void faultyRowsMustFitTheFile() {
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).duplicates(GeneratorAmount.exactly(6)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("6 duplicate rows need as many genuine ballots to repeat, but 10 rows leave only 4");
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).duplicates(GeneratorAmount.exactly(5))
                .malformed(GeneratorAmount.exactly(6)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("5 duplicate and 6 malformed rows do not fit in 10 rows");
        GeneratorSpec full = GeneratorSpec.builder(SET, 10).duplicates(GeneratorAmount.exactly(5)).build();
        assertThat(full.countedBallots()).isEqualTo(5);
    }

    @Test
    void aShareOfTheRowsBecomesItsFloor() {
        GeneratorSpec spec = GeneratorSpec.builder(SET, 1999).duplicates(GeneratorAmount.share(f("0.001")))
                .malformed(GeneratorAmount.share(f("1/3"))).build();
        assertThat(spec.duplicateRows()).isEqualTo(1);
        assertThat(spec.malformedRows()).isEqualTo(666);
        assertThat(spec.countedBallots()).isEqualTo(1999 - 1 - 666);
    }

    @Test
    void anOptionContainingABarIsRefused() {
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, 10).options(List.of(YES, OptionId.of("NO|YES"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains '|'");
    }

    @Test
    void anEmptySetOrANegativeNumberOfBallotsIsRefused() {
        assertThatThrownBy(() -> GeneratorSpec.builder(new JurisdictionSet("none", List.of(), false), 10).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("jurisdiction set none has no members");
        assertThatThrownBy(() -> GeneratorSpec.builder(SET, -1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 2^62");
    }
}
