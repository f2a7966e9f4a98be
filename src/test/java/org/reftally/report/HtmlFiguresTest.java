package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reftally.model.Count;
import org.reftally.model.Fraction;

class HtmlFiguresTest {

    private final HtmlFigures figures = new HtmlFigures(2);

    @Test
    void countsAreGroupedWithCommasWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(figures.count(1_234_567L)).isEqualTo("1,234,567");
            Locale.setDefault(Locale.forLanguageTag("fr-CH"));
            assertThat(figures.count(Long.MAX_VALUE)).isEqualTo("9,223,372,036,854,775,807");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void unreportedCountIsNeverShownAsZero() {
        assertThat(figures.count(Count.NOT_REPORTED)).isEqualTo("not reported");
        assertThat(figures.count(Count.ZERO)).isEqualTo("0");
    }

    @Test
    void partlyReportedCountIsMarkedPartial() {
        assertThat(figures.count(new Count(1500, false))).isEqualTo("1,500 (partial)");
    }

    @Test
    void sharesRoundHalfEven() {
        assertThat(new HtmlFigures(0).share(1, 8)).isEqualTo("12%");
        assertThat(new HtmlFigures(0).share(3, 8)).isEqualTo("38%");
        assertThat(new HtmlFigures(1).share(1, 16)).isEqualTo("6.2%");
        assertThat(figures.share(1, 8)).isEqualTo("12.50%");
    }

    @Test
    void shareOfNothingIsNotAvailable() {
        assertThat(figures.share(0, 0)).isEqualTo("n/a");
        assertThat(figures.share(0, 0, List.of(Fraction.HALF))).isEqualTo("n/a");
    }

    @Test
    void shareAgainstSeveralBoundsTakesThePlacesTheClosestBoundNeeds() {
        // 66_666 / 100_000 = 66.666%: 2 places show 66.67%, above 2/3 (66.666...%) though it is below.
        assertThat(figures.share(66_666, 100_000, List.of(Fraction.HALF, Fraction.of(2, 3)))).isEqualTo("66.666%");
        assertThat(figures.share(66_666, 100_000, List.of(Fraction.HALF))).isEqualTo("66.67%");
    }

    @Test
    void marginIsInPercentagePoints() {
        assertThat(figures.points(Fraction.of(21, 500))).isEqualTo("4.20 pts");
    }

    @Test
    void narrowLeadIsNeverShownAsZeroPoints() {
        assertThat(figures.points(Fraction.of(1, 100_000))).isEqualTo("0.001 pts");
        assertThat(figures.points(Fraction.ZERO)).isEqualTo("0.00 pts");
    }
}
