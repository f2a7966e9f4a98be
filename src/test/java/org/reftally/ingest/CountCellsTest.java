package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.TestInputs.unit;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a count cell of a returns file can be written other than plain digits rejects its
 * row, naming the column and saying why: a count is never guessed. Spaces around the digits are
 * the one exception: every cell is trimmed, and {@code ' 12 '} cannot mean anything but 12.
 */
class CountCellsTest {

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "+5                  | '+5' has a plus sign; write the digits only",
        "-5                  | '-5' is negative",
        "1.0                 | '1.0' is not a whole number",
        "1.5                 | '1.5' is not a whole number",
        "1 000               | '1 000' has a thousands separator; write the digits only",
        "\"1,000\"           | '1,000' has a thousands separator; write the digits only",
        "1'000               | '1'000' has a thousands separator; write the digits only",
        "1.000               | '1.000' is ambiguous (a thousands separator or a decimal point?); write the digits only",
        "9223372036854775808 | '9223372036854775808' is too large (the largest count is 9223372036854775807)",
        "1e3                 | '1e3' is not a count (a whole number 0 or more)",
        "０１                | '０１' is not a count (a whole number 0 or more)",
    })
    void aCountThatIsNotPlainDigitsRejectsItsRowNamingTheColumn(String cell, String why) {
        Path f = in.csv("r.csv", "jurisdiction,yes,no", "ZH,1,2", "BE,4," + cell.strip(), "GE,5,6");
        IngestResult r = in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":3: bad count in column 'no': " + why);
        assertThat(r.inputs().get(0).counted()).isEqualTo(2);
        assertThat(r.jurisdictions().members()).extracting(j -> j.id().code()).containsExactly("GE", "ZH");
    }

    @Test
    void aHugeCellIsCutInTheReason() {
        Path f = in.csv("r.csv", "jurisdiction,yes,no", "ZH,1," + "9".repeat(100_000));
        in.read(f);
        assertThat(in.rejectLines()).containsExactly(f + ":2: bad count in column 'no': '" + "9".repeat(40)
                + "...' (100000 characters) is too large (the largest count is 9223372036854775807)");
    }

    @Test
    void spacesAroundTheDigitsAreTrimmedLikeEveryCell() {
        IngestResult r = in.read(in.csv("r.csv", "jurisdiction,yes,no", "ZH, 12 ,\t7\t"));
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(12, 7);
        assertThat(in.rejects).isEmpty();
    }
}
