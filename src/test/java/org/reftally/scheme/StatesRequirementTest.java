package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reftally.model.Comparison;
import org.reftally.model.Fraction;
import org.reftally.model.Threshold;

class StatesRequirementTest {

    private static final Fraction SWISS_TOTAL = Fraction.of(23);
    private static final Fraction US_TOTAL = Fraction.of(50);

    @Test
    void aSlashOrPercentSignIsAShareOfTheTotalWeight() {
        assertThat(StatesRequirement.parse(">1/2")).isEqualTo(StatesRequirement.MAJORITY);
        assertThat(StatesRequirement.parse(">=3/4")).isEqualTo(new StatesRequirement.Share(Threshold.parse(">=3/4")));
        assertThat(StatesRequirement.parse(" >50% ")).isEqualTo(StatesRequirement.MAJORITY);
    }

    @Test
    void aBareNumberIsAnAbsoluteWeight() {
        assertThat(StatesRequirement.parse(">=38")).isEqualTo(new StatesRequirement.Weight(Comparison.AT_LEAST,
                Fraction.of(38)));
        assertThat(StatesRequirement.parse(">11.5")).isEqualTo(new StatesRequirement.Weight(Comparison.GREATER,
                Fraction.of(23, 2)));
        assertThat(StatesRequirement.parse("4")).isEqualTo(new StatesRequirement.Weight(Comparison.AT_LEAST,
                Fraction.of(4)));
    }

    @Test
    void noneTurnsTheStatesTestOff() {
        StatesRequirement none = StatesRequirement.parse("NONE");

        assertThat(none.tested()).isFalse();
        assertThat(none.isMet(Fraction.ZERO, SWISS_TOTAL)).isTrue();
        assertThat(none).hasToString("none");
    }

    @Test
    void exactlyHalfTheWeightFailsMoreThanHalf() {
        assertThat(StatesRequirement.MAJORITY.isMet(Fraction.of(23, 2), SWISS_TOTAL)).isFalse();
        assertThat(StatesRequirement.MAJORITY.isMet(Fraction.of(12), SWISS_TOTAL)).isTrue();
        assertThat(StatesRequirement.parse(">11.5").isMet(Fraction.of(23, 2), SWISS_TOTAL)).isFalse();
    }

    @Test
    void threeQuartersOfFiftyNeedsThirtyEight() {
        StatesRequirement share = StatesRequirement.parse(">=3/4");
        StatesRequirement count = StatesRequirement.parse(">=38");

        assertThat(share.isMet(Fraction.of(38), US_TOTAL)).isTrue();
        assertThat(share.isMet(Fraction.of(37), US_TOTAL)).isFalse();
        assertThat(count.isMet(Fraction.of(38), US_TOTAL)).isTrue();
        assertThat(count.isMet(Fraction.of(37), US_TOTAL)).isFalse();
    }

    @Test
    void aShareOfNoWeightIsNeverMet() {
        assertThat(StatesRequirement.parse(">=0%").isMet(Fraction.ZERO, Fraction.ZERO)).isFalse();
    }

    @Test
    void descriptionsGiveTheWeightNeeded() {
        assertThat(StatesRequirement.MAJORITY.describe(SWISS_TOTAL))
                .isEqualTo("more than 1/2 of the 23 state votes (more than 11.5)");
        assertThat(StatesRequirement.parse(">=3/4").describe(US_TOTAL))
                .isEqualTo("at least 3/4 of the 50 state votes (at least 37.5)");
        assertThat(StatesRequirement.parse(">=38").describe(US_TOTAL)).isEqualTo("at least 38 of the 50 state votes");
    }

    @Test
    void malformedRequirementsAreRejectedWithExamples() {
        assertThatThrownBy(() -> StatesRequirement.parse("most")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'most' is not a states requirement (examples: >1/2 or >=3/4 of the total weight, >=38"
                        + " or >=11.5 state votes, none)");
        assertThatThrownBy(() -> StatesRequirement.parse(">=5/4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StatesRequirement.parse(">=-2")).isInstanceOf(IllegalArgumentException.class);
    }
}
