package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.OptionId;

/** The helpers behind the readers: separator detection, counts, suggestions, options, rejects. */
class SmallPartsTest {

    @Test
    void separatorIsTheMostFrequentOutsideQuotesWithCommaOnATie() {
        assertThat(CsvRows.detectSeparator("a,b,c")).isEqualTo(',');
        assertThat(CsvRows.detectSeparator("a;b;c")).isEqualTo(';');
        assertThat(CsvRows.detectSeparator("a\tb\tc")).isEqualTo('\t');
        assertThat(CsvRows.detectSeparator("\"a;b;c\",d")).isEqualTo(',');
        assertThat(CsvRows.detectSeparator("a;b,c")).isEqualTo(',');
        assertThat(CsvRows.detectSeparator("single")).isEqualTo(',');
    }

    @Test
    void countsAreDigitsOnlyWithinALong() throws RowRejected {
        assertThat(CountParser.parse(" 0 ", "x")).isZero();
        assertThat(CountParser.parse("0009223372036854775807", "x")).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> CountParser.parse("9223372036854775808", "x")).isInstanceOf(RowRejected.class)
                .hasMessageContaining("is too large");
        assertThatThrownBy(() -> CountParser.parse("+5", "x")).isInstanceOf(RowRejected.class)
                .hasMessageContaining("has a plus sign");
        assertThatThrownBy(() -> CountParser.parse("1 000", "x")).isInstanceOf(RowRejected.class)
                .hasMessageContaining("thousands separator");
        assertThatThrownBy(() -> CountParser.parse("-0.5", "x")).isInstanceOf(RowRejected.class)
                .hasMessageContaining("is negative");
    }

    @Test
    void leadingZerosAreNotSignificantButDoNotHideAnOverflow() throws RowRejected {
        assertThat(CountParser.parse("000", "x")).isZero();
        assertThat(CountParser.parse("0070", "x")).isEqualTo(70);
        assertThatThrownBy(() -> CountParser.parse("0009223372036854775808", "x")).isInstanceOf(RowRejected.class)
                .hasMessageContaining("is too large");
    }

    @Test
    void editDistanceSuggestsTheClosestName() {
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.closest("Yse", List.of("NO", "YES", "blank"))).contains("YES");
        assertThat(EditDistance.closest("x", List.of())).isEmpty();
    }

    @Test
    void declaredOptionsMustNotRepeatAnOption() {
        assertThatThrownBy(() -> new IngestOptions(InputKind.AUTO, Optional.empty(),
                Map.of("", List.of(OptionId.of("Yes"), OptionId.of("YES"))), Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--options lists option YES twice (as Yes and YES)");
        assertThatThrownBy(() -> new IngestOptions(InputKind.AUTO, Optional.empty(),
                Map.of("Q", List.of()), Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--options Q= lists no options");
    }

    @Test
    void declaredOptionsForAContestWinOverThoseForAll() {
        IngestOptions o = new IngestOptions(InputKind.AUTO, Optional.of(" Q1 "),
                Map.of("", List.of(OptionId.of("A")), "q1", List.of(OptionId.of("B"))), Optional.empty(), false);
        assertThat(o.optionsFor("Q1")).contains(List.of(OptionId.of("B")));
        assertThat(o.optionsFor("Q2")).contains(List.of(OptionId.of("A")));
        assertThat(o.selects("q1")).isTrue();
        assertThat(o.selects("Q2")).isFalse();
    }

    @Test
    void aRejectReadsAsFileLineReason() {
        Reject r = new Reject("votes.csv", 12, "missing jurisdiction", ",YES");
        assertThat(r).hasToString("votes.csv:12: missing jurisdiction");
        assertThatThrownBy(() -> new Reject("f", 0, "r", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
