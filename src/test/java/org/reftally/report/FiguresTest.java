package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reftally.model.Count;

class FiguresTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0;0", "7;7", "999;999", "1000;1,000", "12345;12,345", "1299129;1,299,129",
        "9223372036854775807;9,223,372,036,854,775,807", "-1234;-1,234"})
    void thousandsAreGroupedByCommas(long n, String shown) {
        assertThat(Figures.thousands(n)).isEqualTo(shown);
    }

    @Test
    void groupingDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Figures.thousands(1_299_129)).isEqualTo("1,299,129");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void anUnreportedCountIsShownAsNotReportedNeverAsZero() {
        assertThat(Figures.cell(Count.NOT_REPORTED)).isEqualTo("not reported");
        assertThat(Figures.describe(Count.NOT_REPORTED)).isEqualTo("not reported");
        assertThat(Figures.isPartial(Count.NOT_REPORTED)).isFalse();
    }

    @Test
    void aCountReportedByOnlySomePartsIsShownAsALowerBound() {
        Count partial = new Count(1_234, false);
        assertThat(Figures.cell(partial)).isEqualTo("\u2265 1,234");
        assertThat(Figures.describe(partial)).isEqualTo("\u2265 1,234, not reported by all");
        assertThat(Figures.isPartial(partial)).isTrue();
    }

    @Test
    void aCompleteCountIsShownPlain() {
        assertThat(Figures.describe(Count.of(1_234))).isEqualTo("1,234");
        assertThat(Figures.note(Count.of(0))).isEmpty();
    }
}
