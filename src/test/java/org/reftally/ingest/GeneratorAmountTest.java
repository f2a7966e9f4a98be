package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

class GeneratorAmountTest {

    @Test
    void digitsAloneAreAnExactNumberOfRows() {
        assertThat(GeneratorAmount.parse("--duplicates", "120")).isEqualTo(GeneratorAmount.exactly(120));
        assertThat(GeneratorAmount.parse("--duplicates", " 0 ").of(1000)).isZero();
        assertThat(GeneratorAmount.parse("--duplicates", "1").of(1_000_000)).isEqualTo(1);
    }

    @Test
    void aShareOfTheRowsIsRoundedDown() {
        GeneratorAmount share = GeneratorAmount.parse("--malformed", "0.001");
        assertThat(share).isEqualTo(GeneratorAmount.share(Fraction.of(1, 1000)));
        assertThat(share.of(999)).isZero();
        assertThat(share.of(1000)).isEqualTo(1);
        assertThat(share.of(1999)).isEqualTo(1);
        assertThat(GeneratorAmount.parse("--malformed", "0.1%").of(10_000)).isEqualTo(10);
        assertThat(GeneratorAmount.parse("--malformed", "1/3").of(10)).isEqualTo(3);
        assertThat(GeneratorAmount.parse("--malformed", "1.0").of(7)).isEqualTo(7);
    }

    @Test
    void aShareIsExactForABillionRows() {
        assertThat(GeneratorAmount.parse("--duplicates", "0.000000001").of(1_000_000_000L)).isEqualTo(1);
        assertThat(GeneratorAmount.parse("--duplicates", "0.0000000009999").of(1_000_000_000L)).isZero();
    }

    @Test
    void textThatIsNeitherIsRefusedWithExamples() {
        assertThatThrownBy(() -> GeneratorAmount.parse("--duplicates", "some"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--duplicates: 'some' is neither a number of rows (e.g. 120) nor a share of the rows"
                        + " (e.g. 0.001, 0.1%, 1/1000)");
        assertThatThrownBy(() -> GeneratorAmount.parse("--duplicates", "1.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--duplicates: the share '1.5' must lie between 0 and 1");
        assertThatThrownBy(() -> GeneratorAmount.parse("--duplicates", "99999999999999999999"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    }
}
