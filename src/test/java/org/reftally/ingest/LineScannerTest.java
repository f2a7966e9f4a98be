package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path's line splitter must split a line only when it gets exactly OpenCSV's cells, and
 * must take the simple quoted cells of real exports, so that they stay off the slow path.
 */
class LineScannerTest {

    /** Cell shapes, simple and tricky, quoted and not. */
    private static final String[] CELLS = {"YES", "County 3", "\"County 3, TX\"", "\"\"", "\" padded \"", " \"x\"",
        "\"x\" ", "\"x\"y", "x\"y", "\"x\"\"y\"", "\"open", "", " ", "\t", "\"a;b\"", "\"tab\tin\"", "B123",
        "\"B123\"", "caf\u00e9", "\"caf\u00e9\"", "\"x\ry\"", "a\rb", "\"\"\"\""};

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aSplitLineHasExactlyOpenCsvsCells(long seed) throws IOException {
        Random random = new Random(seed);
        for (char sep : new char[] {',', ';', '\t'}) {
            RFC4180Parser openCsv = new RFC4180ParserBuilder().withSeparator(sep).build();
            for (int round = 0; round < 2_000; round++) {
                int cells = 1 + random.nextInt(4);
                List<String> parts = new ArrayList<>();
                for (int c = 0; c < cells; c++) {
                    parts.add(CELLS[random.nextInt(CELLS.length)]);
                }
                String text = String.join(String.valueOf(sep), parts);
                String eol = switch (random.nextInt(4)) {
                    case 0 -> "\r\n";
                    case 1 -> "";
                    default -> "\n";
                };
                byte[] line = (text + eol + "NEXT\n").getBytes(StandardCharsets.UTF_8);
                int end = line.length - 5;
                LineScanner scanner = new LineScanner(sep, cells);
                int nl = scanner.scan(line, 0, eol.isEmpty() ? end : line.length, eol.isEmpty());
                if (nl == LineScanner.SLOW) {
                    continue;
                }
                assertThat(nl).as(text).isEqualTo(eol.isEmpty() ? end : end - 1);
                String[] expected = openCsv.parseLine(text);
                assertThat(scanner.cells()).as(text).isEqualTo(expected.length);
                assertThat(scanner.contentEnd()).as(text).isEqualTo(text.length());
                if (expected.length != cells) {
                    continue; // a wrong cell count is rejected with the raw line: the cells do not matter
                }
                String[] actual = new String[cells];
                for (int c = 0; c < cells; c++) {
                    actual[c] = new String(line, scanner.starts[c], scanner.ends[c] - scanner.starts[c],
                            StandardCharsets.US_ASCII);
                }
                assertThat(actual).as(text).isEqualTo(expected);
            }
        }
    }

    @Test
    void simplyQuotedCellsStayOnTheFastPath() {
        byte[] line = "B7,TX,\"County 3, TX\",YES\n".getBytes(StandardCharsets.US_ASCII);
        LineScanner scanner = new LineScanner(',', 4);
        assertThat(scanner.scan(line, 0, line.length, false)).isEqualTo(line.length - 1);
        assertThat(new String(line, scanner.starts[2], scanner.ends[2] - scanner.starts[2], StandardCharsets.US_ASCII))
                .isEqualTo("County 3, TX");
    }

    @Test
    void escapedQuotesAndMultiLineCellsGoToOpenCsv() {
        for (String text : List.of("a,\"say \"\"hi\"\"\",YES\n", "a,\"two\nlines\",YES\n", "a,b\"c,YES\n")) {
            byte[] line = text.getBytes(StandardCharsets.US_ASCII);
            assertThat(new LineScanner(',', 3).scan(line, 0, line.length, false)).as(text)
                    .isEqualTo(LineScanner.SLOW);
        }
    }

    @Test
    void aLineCutByTheBufferAsksForMore() {
        byte[] line = Arrays.copyOf("a,b,YES".getBytes(StandardCharsets.US_ASCII), 7);
        assertThat(new LineScanner(',', 3).scan(line, 0, line.length, false)).isEqualTo(LineScanner.MORE);
    }
}
