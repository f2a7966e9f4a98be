package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.TestInputs.unit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reftally.model.JurisdictionId;

/**
 * Bytes that are not a CSV file: binary garbage, control characters, invalid UTF-8, lines past
 * the 1 MiB cap, an input without end. Each is refused with {@code file:line} or rejects its row,
 * and the sequential and parallel readers agree (see {@link BothReaders}).
 */
class HostileBytesTest {

    private static final int CAP = LineSource.MAX_LINE_BYTES;

    @TempDir
    Path dir;
    TestInputs in;

    @BeforeEach
    void setUp() {
        in = new TestInputs(dir);
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(delimiter = '|', value = {
        "0000 | a control character (U+0000 at character 4 of the line); is this a binary file?",
        "001B | a control character (U+001B at character 4 of the line); is this a binary file?",
        "007F | a control character (U+007F at character 4 of the line); is this a binary file?",
        "009B | a control character (U+009B at character 4 of the line); is this a binary file?",
        "000D | a carriage return (U+000D at character 4 of the line): lines must end with LF or CRLF;"
                + " classic Mac CR line ends are not read",
        "202E | an invisible bidirectional control (U+202E at character 4 of the line): it makes text display"
                + " otherwise than it is counted",
        "2067 | an invisible bidirectional control (U+2067 at character 4 of the line): it makes text display"
                + " otherwise than it is counted",
        "FEFF | a byte order mark (U+FEFF at character 4 of the line): a file starts here again; were two"
                + " files joined?",
    })
    void anUnsafeCharacterRejectsItsRowNamingItAndNothingOfItIsCounted(String hex, String reason) {
        String c = String.valueOf((char) Integer.parseInt(hex, 16));
        Path f = in.csv("b.csv", "jurisdiction,choice", "ZH,YES", "ZH," + c + "NO", "G" + c + "E,YES", "BE,NO");
        BothReaders.Outcome out = BothReaders.read(f);
        assertThat(out.rejectLines()).containsExactly(f + ":3: " + reason,
                f + ":4: " + reason.replace("character 4", "character 2"));
        IngestResult r = out.read();
        assertThat(r.jurisdictions().members()).extracting(j -> j.id().code()).containsExactly("BE", "ZH");
        assertThat(unit(r, "referendum", "ZH").votes()).containsExactly(1, 0);
        assertThat(r.inputs().get(0).rows()).isEqualTo(4);
    }

    @Test
    void tabsAndNonAsciiLettersAreNotUnsafe() {
        Path f = in.csv("b.csv", "canton,choice", "GE,\tYES\t", "Zürich,Non");
        BothReaders.Outcome out = BothReaders.read(f);
        assertThat(out.rejects()).isEmpty();
        assertThat(out.read().inputs().get(0).counted()).isEqualTo(2);
    }

    @Test
    void aControlCharacterInTheHeaderMakesTheFileUnusable() {
        Path f = in.csv("b.csv", "jurisdiction,cho\u0000ice", "ZH,YES");
        assertThat(BothReaders.read(f).failed()).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1: the header is not valid CSV: a control character (U+0000 at character 17 of the"
                        + " line); is this a binary file?");
    }

    @Test
    void classicMacLineEndsAreRefusedAtTheHeader() {
        Path f = in.bytes("mac.csv", "jurisdiction,choice\rZH,YES\rBE,NO\r".getBytes(StandardCharsets.US_ASCII));
        assertThat(BothReaders.read(f).failed()).hasMessageStartingWith(f + ":1: the header is not valid CSV:"
                + " a carriage return (U+000D at character 20 of the line)");
    }

    @Test
    void asciiGarbageWithNulBytesIsRefusedWithoutCountingAnything() {
        Random random = new Random(20240601);
        byte[] garbage = new byte[50_000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) random.nextInt(128);
        }
        System.arraycopy(new byte[] {'a', 'b', 'c', 0}, 0, garbage, 0, 4);
        Path f = in.bytes("garbage.csv", garbage);
        assertThat(BothReaders.read(f).failed()).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":1: the header is not valid CSV: a control character (U+0000 at character 4 of the"
                        + " line); is this a binary file?");
    }

    @Test
    void randomBytesAfterAGoodHeaderFailTheFileAtTheFirstBadLine() {
        Random random = new Random(7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("jurisdiction,choice\nZH,YES\n".getBytes(StandardCharsets.US_ASCII));
        byte[] garbage = new byte[200_000];
        random.nextBytes(garbage);
        garbage[0] = (byte) 0xFF; // never UTF-8, so the failure is at line 3 whatever the seed gives
        out.writeBytes(garbage);
        Path f = in.bytes("random.csv", out.toByteArray());
        assertThat(BothReaders.read(f).failed()).isInstanceOf(InputFileException.class)
                .hasMessage(f + ":3: not valid UTF-8 (byte 1 of the line); save the file as UTF-8");
    }

    @Test
    void invalidUtf8FailsTheWholeFileOnBothReadersEvenAfterGoodRows() {
        StringBuilder good = new StringBuilder("jurisdiction,choice\n");
        for (int i = 0; i < 5_000; i++) {
            good.append("ZH,YES\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(good.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes("GE,Gen\u00e8ve\n".getBytes(StandardCharsets.ISO_8859_1)); // Latin-1, not UTF-8
        out.writeBytes("BE,NO\n".getBytes(StandardCharsets.US_ASCII));
        Path f = in.bytes("latin1.csv", out.toByteArray());
        BothReaders.Outcome read = BothReaders.read(List.of(f), IngestOptions.defaults(), 1, 4096, 1 << 16);
        assertThat(read.failed()).hasMessage(f + ":5002: not valid UTF-8 (byte 7 of the line); save the file as UTF-8");
    }

    @Test
    void aLineOfExactlyTheCapIsReadAndOneByteMoreFailsTheFileNamingTheLine() {
        String atCap = "ZH," + "x".repeat(CAP - 3);
        Path fits = in.csv("fits.csv", "jurisdiction,choice", "ZH,YES", atCap, "BE,NO");
        BothReaders.Outcome ok = BothReaders.read(List.of(fits), IngestOptions.defaults(), 1 << 16, 1 << 20);
        assertThat(ok.read().inputs().get(0).counted()).isEqualTo(3);

        Path over = in.csv("over.csv", "jurisdiction,choice", "ZH,YES", atCap + "x", "BE,NO");
        BothReaders.Outcome failed = BothReaders.read(List.of(over), IngestOptions.defaults(), 1 << 16, 1 << 20);
        assertThat(failed.failed()).isInstanceOf(InputFileException.class)
                .hasMessage(over + ":3: line longer than 1 MiB; is this really a CSV file?");
    }

    @Test
    void aFileOfManyMegabytesWithoutANewlineStopsAtTheCap() {
        byte[] oneLine = new byte[5 << 20];
        java.util.Arrays.fill(oneLine, (byte) 'a');
        Path f = in.bytes("one-line.csv", oneLine);
        assertThat(BothReaders.read(List.of(f), IngestOptions.defaults(), 1 << 20).failed())
                .hasMessage(f + ":1: line longer than 1 MiB; is this really a CSV file?");
    }

    @Test
    void anEndlessInputStopsAtTheCapInsteadOfHanging() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
        assertThat(BothReaders.read(List.of(zero), IngestOptions.defaults(), BothReaders.SEQUENTIAL).failed())
                .hasMessage(zero + ":1: line longer than 1 MiB; is this really a CSV file?");
    }

    @Test
    void aFileEndingWithoutANewlineCountsItsLastRowOnBothReaders() {
        Path f = in.bytes("b.csv", "jurisdiction,choice\nZH,YES\nBE,NO".getBytes(StandardCharsets.US_ASCII));
        IngestResult r = BothReaders.read(f).read();
        assertThat(unit(r, "referendum", "BE").votes()).containsExactly(0, 1);
        assertThat(r.jurisdictions().contains(JurisdictionId.of("BE"))).isTrue();
    }
}
