package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time byte tests and hash against their byte-at-a-time definitions. */
class WordsTest {

    private static final String NEAR_BOUNDARIES = "\u0000\u001f !\"#,\n\r\u007f";

    @Test
    void everyByteTestFlagsExactlyTheBytesOfItsKindInEveryPosition() {
        Random random = new Random(7);
        byte[] b = new byte[8];
        for (int round = 0; round < 20_000; round++) {
            for (int i = 0; i < 8; i++) {
                // Mostly the bytes around the boundaries, so that neighbours that would borrow are common.
                b[i] = (byte) (round % 2 == 0 ? random.nextInt(256) : NEAR_BOUNDARIES.charAt(random.nextInt(NEAR_BOUNDARIES.length())));
            }
            b[random.nextInt(8)] = (byte) (0x80 | random.nextInt(128));
            long w = Words.at(b, 0);
            long quotes = Words.equalTo(w, Words.broadcast('"'));
            long odd = Words.belowOrNonAscii(w, Words.broadcast(0x21));
            for (int i = 0; i < 8; i++) {
                int v = b[i] & 0xFF;
                assertThat(flagged(quotes, i)).as("quote at %d of %s", i, hex(b)).isEqualTo(v == '"');
                assertThat(flagged(odd, i)).as("below 0x21 or non-ASCII at %d of %s", i, hex(b))
                        .isEqualTo(v < 0x21 || v >= 0x80);
            }
            if (quotes != 0) {
                int first = Words.firstFlagged(quotes);
                assertThat(b[first]).isEqualTo((byte) '"');
                for (int i = 0; i < first; i++) {
                    assertThat(b[i]).isNotEqualTo((byte) '"');
                }
            }
        }
    }

    @Test
    void theHashOfBytesDoesNotDependOnWhereTheyLieAndTellsLengthsApart() {
        byte[] text = "B123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        for (int length = 0; length <= text.length; length++) {
            byte[] shifted = new byte[length + 13];
            System.arraycopy(text, 0, shifted, 5, length);
            assertThat(Words.hash(1, shifted, 5, 5 + length)).isEqualTo(Words.hash(1, text, 0, length));
        }
        assertThat(Words.hash(1, new byte[] {'A'}, 0, 1)).isNotEqualTo(Words.hash(1, new byte[] {'A', 0}, 0, 2));
        assertThat(Words.hash(1, new byte[] {0}, 0, 1)).isNotEqualTo(Words.hash(1, new byte[0], 0, 0));
    }

    @Test
    void theHashOfTheLastPartialWordIsItsLowBytes() {
        byte[] b = "ABCDEFGHIJK,rest".getBytes(StandardCharsets.US_ASCII);
        long whole = Words.mix(7, Words.at(b, 0));
        long expected = Words.finish(whole, Words.low(Words.at(b, 8), 3), 11); // "IJK" then the separator
        assertThat(Words.hash(7, b, 0, 11)).isEqualTo(expected);
    }

    @Test
    void anIdHashesTheSameAsTextAndAsUtf8Bytes() {
        for (String id : new String[] {"B1", "B12345678", "bé-ü-€", "", "x".repeat(40)}) {
            byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
            assertThat(BallotIdIndex.defaultHash(id)).isEqualTo(BallotIdIndex.bytesHash(utf8, 0, utf8.length));
        }
    }

    private static boolean flagged(long mask, int i) {
        return (mask >>> (8 * i + 7) & 1) != 0;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02x ", x & 0xFF));
        }
        return s.toString();
    }
}
