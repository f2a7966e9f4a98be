package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.reftally.model.Contest;
import org.reftally.model.OptionId;

class OptionStyleTest {

    @Test
    void firstTwoOptionsAreOkabeItoBlueAndOrangeNeverRedAndGreen() {
        List<OptionStyle> styles = OptionStyle.of(Contest.of("Q", "YES", "NO"));

        assertThat(styles).extracting(OptionStyle::colour).containsExactly("#0072B2", "#E69F00");
        assertThat(styles).extracting(OptionStyle::pattern).containsExactly(0, 1);
    }

    @Test
    void shortNamesAreTheirOwnTags() {
        assertThat(OptionStyle.of(Contest.of("Q", "Ja", "Nein"))).extracting(OptionStyle::tag).containsExactly("Ja", "Nein");
    }

    @Test
    void oneLongNameGivesEveryOptionALetter() {
        assertThat(OptionStyle.of(Contest.of("Q", "Remain", "Leave"))).extracting(OptionStyle::tag)
                .containsExactly("A", "B");
    }

    @Test
    void noTwoOfTheFirstFortyTwoOptionsShareColourAndPattern() {
        Contest contest = new Contest("Q", IntStream.range(0, 42).mapToObj(i -> OptionId.of("option " + i)).toList());
        Set<String> looks = new HashSet<>();
        for (OptionStyle style : OptionStyle.of(contest)) {
            looks.add(style.colour() + "/" + style.pattern());
        }

        assertThat(looks).hasSize(42);
    }

    @Test
    void shadesMixTowardsWhite() {
        OptionStyle blue = OptionStyle.of(Contest.of("Q", "YES")).get(0);

        assertThat(blue.shade(100)).isEqualTo("#0072B2");
        assertThat(blue.shade(0)).isEqualTo("#FFFFFF");
        assertThat(blue.shade(50)).isEqualTo("#80B9D9");
    }

    @Test
    void textIsWhiteOnDarkFillsAndDarkOnLightOnes() {
        assertThat(SvgPaint.textOn("#0072B2")).isEqualTo(SvgPaint.LIGHT_TEXT);
        assertThat(SvgPaint.textOn("#E69F00")).isEqualTo(SvgPaint.DARK_TEXT);
        assertThat(SvgPaint.textOn(SvgPaint.TIE)).isEqualTo(SvgPaint.DARK_TEXT);
    }
}
