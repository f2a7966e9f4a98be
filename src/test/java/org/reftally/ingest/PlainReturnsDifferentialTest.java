package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.ingest.ParallelReaderDifferentialTest.assertSame;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.ingest.ParallelReaderDifferentialTest.Outcome;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;

/**
 * The wide returns fast path ({@link PlainReturnsRows}) must give exactly what OpenCSV on every
 * line gives: the same tally (unit by unit), summaries, jurisdictions (with their names), the same
 * rejects (file, line, reason, raw) in the same order, or the same failure, on seeded random files
 * holding what real exports hold: quotes (around separators, doubled, across lines, unbalanced),
 * CRLF, a BOM, non-ASCII names, blank lines, empty and spaced cells, leading zeros, bad and huge
 * counts, sums and totals beyond a {@code long}, repeated units (in one file and across two),
 * repeated headers, control characters, wrong cell counts and, now and then, bytes that are not
 * UTF-8.
 */
class PlainReturnsDifferentialTest {

    private static final ReadTuning OPEN_CSV_ONLY = new ReadTuning(Long.MAX_VALUE, 1, false);
    private static final ReadTuning FAST_PATH = new ReadTuning(0, 1, true); // hashed on a thread of its own

    private static final String[] STATES = {"CA", "TX", "ny", " FL ", "Zürich", "", "WA", "state", "OR"};
    private static final String[] AREAS = {"P1", "P2", "Béta", " spaced ", "", "County 3, TX", "x\"y", "P3", "P4"};
    private static final String[] CONTESTS = {"Prop 1", "prop 1 ", "Prop 2", "Prop 3", "Zwei ü"};
    private static final String[] ODD_COUNTS = {"", " ", "007", " 12 ", "-3", "+4", "1.000", "1,000", "1 000", "abc",
        "2.5", "9223372036854775807", "9223372036854775808", "0009223372036854775807", "999999999999999999",
        "123456789012345678", "00", "1e3", "١٢"};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void theFastPathAndOpenCsvAgreeOnRandomWideReturns(long seed) {
        Random random = new Random(seed * 104729);
        Layout layout = Layout.random(random);
        TestInputs in = new TestInputs(dir);
        Path a = in.bytes("a" + seed + ".csv", layout.file(random, 300 + random.nextInt(500)));
        Path b = in.bytes("b" + seed + ".csv", layout.file(random, 40 + random.nextInt(100)));
        List<Path> files = random.nextBoolean() ? List.of(a, b) : List.of(a);

        for (IngestOptions options : layout.options(random)) {
            Outcome reference = run(files, options, OPEN_CSV_ONLY);
            Outcome fast = run(files, options, FAST_PATH);
            assertSame(reference, fast, layout + " " + options);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104})
    void strictModeStopsAtTheSameRejectOnBothPaths(long seed) {
        Random random = new Random(seed);
        Layout layout = Layout.random(random);
        Path a = new TestInputs(dir).bytes("s" + seed + ".csv", layout.file(random, 400));
        IngestOptions strict = IngestOptions.defaults().withStrict(true);
        Outcome reference = run(List.of(a), strict, OPEN_CSV_ONLY);
        assertThat(reference.failure()).isNotNull();
        assertSame(reference, run(List.of(a), strict, FAST_PATH), layout.toString());
    }

    /** Outcomes as the ballots differential test keeps them, but with every unit's counts written out. */
    private static Outcome run(List<Path> files, IngestOptions options, ReadTuning tuning) {
        List<Reject> rejects = new ArrayList<>();
        try (BallotIdIndex ids = new BallotIdIndex()) {
            IngestResult r = Ingest.read(files, options, rejects::add, ids, tuning);
            StringBuilder tally = new StringBuilder();
            r.tally().contests().forEach(c -> tally.append(c.contest()).append(c.contest().options())
                    .append(c.units()).append('\n'));
            return new Outcome(tally.toString(), r.inputs().toString(), r.jurisdictions().members().toString(),
                    rejects, null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, null, rejects, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The columns of one random wide returns file, with the separator, line end and options to read it with. */
    private record Layout(List<String> header, char separator, String eol, boolean bom, boolean contests,
            boolean ordered) {

        static Layout random(Random random) {
            String code = random.nextBoolean() ? "state" : "jurisdiction";
            List<String> header = new ArrayList<>(List.of(code, "YES", "NO"));
            boolean contests = random.nextInt(3) == 0;
            for (String optional : List.of("name", "precinct", "contest", "MAYBE", "blank", "invalid", "electorate")) {
                if (optional.equals("contest") ? contests : random.nextInt(3) != 0) {
                    header.add(optional);
                }
            }
            Collections.shuffle(header, random);
            char separator = new char[] {',', ',', ';', '\t'}[random.nextInt(4)];
            return new Layout(header, separator, random.nextInt(3) == 0 ? "\r\n" : "\n", random.nextInt(4) == 0,
                    contests, random.nextBoolean());
        }

        /** Default options, and others that select, declare and restrict. */
        List<IngestOptions> options(Random random) {
            List<IngestOptions> list = new ArrayList<>();
            list.add(IngestOptions.defaults());
            list.add(IngestOptions.defaults().withJurisdictions(JurisdictionSet.implicit(
                    List.of("CA", "TX", "NY", "WA").stream().map(JurisdictionId::of).toList())));
            if (contests) {
                Map<String, List<OptionId>> declared = new LinkedHashMap<>();
                List<OptionId> all = TestInputs.opts("YES", "NO", "MAYBE");
                declared.put("Prop 1", header.contains("MAYBE") ? all : all.subList(0, 2));
                declared.put("Prop 2", TestInputs.opts("NO", "YES"));
                if (random.nextBoolean()) {
                    declared.put("Prop 3", TestInputs.opts("YES", "NO", "LATER")); // no column: rows rejected
                }
                list.add(new IngestOptions(InputKind.AUTO, Optional.of("prop 1"), Map.of(), Optional.empty(), false));
                list.add(new IngestOptions(InputKind.AUTO, Optional.empty(), declared, Optional.empty(), false));
            }
            return list;
        }

        byte[] file(Random random, int rows) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (bom) {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            write(out, String.join(String.valueOf(separator), header) + eol);
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                boolean again = random.nextInt(ordered ? 100 : 25) == 0 && !lines.isEmpty();
                String line = again ? lines.get(random.nextInt(lines.size())) : row(random, i);
                lines.add(line);
                // The first row is regular: it is the one that tells returns from ballots.
                write(out, (i == 0 ? line : odd(random, line)) + (random.nextInt(40) == 0 ? "\r\n" : eol));
                if (i == rows / 2 && random.nextInt(6) == 0) {
                    out.writeBytes(new byte[] {'C', 'A', (byte) separator, (byte) 0xFF, '\n'}); // not UTF-8
                }
            }
            if (random.nextBoolean()) {
                write(out, "CA" + separator + "\"unclosed" + separator + "1" + eol + "TX" + separator + "2");
            }
            return out.toByteArray();
        }

        private String row(Random random, int i) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < header.size(); c++) {
                line.append(c == 0 ? "" : String.valueOf(separator)).append(cell(random, header.get(c), i));
            }
            return line.toString();
        }

        private String cell(Random random, String column, int i) {
            boolean regular = i == 0 || random.nextInt(15) != 0;
            String value = switch (column) {
                // Ordered files list their units by code and area, as most exports do, until an odd row.
                case "state", "jurisdiction" -> random.nextInt(ordered ? 150 : 12) == 0 ? pick(random, STATES)
                        : ordered ? "S" + (10 + i / 40) : STATES[i / 40 % 4];
                case "precinct" -> random.nextInt(ordered ? 150 : 8) == 0 ? pick(random, AREAS)
                        : ordered ? String.format("P%04d", i) : "P" + random.nextInt(200);
                case "contest" -> regular || random.nextBoolean() ? pick(random, CONTESTS) : " ";
                case "name" -> random.nextInt(5) == 0 ? "Nörth " + random.nextInt(3) : random.nextBoolean() ? "" : "N";
                default -> !regular ? pick(random, ODD_COUNTS) : String.valueOf(random.nextInt(1000));
            };
            return quote(random, value);
        }

        /** Quotes a cell when it must be (it holds the separator or a quote), and now and then when it need not be. */
        private String quote(Random random, String value) {
            boolean must = value.indexOf(separator) >= 0 || value.indexOf('"') >= 0;
            if (!must && random.nextInt(40) != 0) {
                return value;
            }
            String quoted = "\"" + value.replace("\"", "\"\"") + "\"";
            return random.nextInt(30) == 0 ? quoted.replace(" ", "\n ") : quoted; // now and then across lines
        }

        /** Now and then a line that is not a plain row: too many or few cells, blank, unsafe, a stray quote. */
        private String odd(Random random, String line) {
            return switch (random.nextInt(120)) {
                case 0 -> line + separator + "extra";
                case 1 -> line.substring(0, Math.max(0, line.lastIndexOf(separator)));
                case 2 -> "\"" + line;
                case 3 -> "   ";
                case 4 -> "";
                case 5 -> String.valueOf(separator).repeat(header.size() - 1);
                case 6 -> line.replaceFirst("1", "\u0001");
                case 7 -> line.replaceFirst("2", "\r");
                case 8 -> String.join(String.valueOf(separator), header);
                case 9 -> "\t";
                default -> line;
            };
        }
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
