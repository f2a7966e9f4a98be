package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact-output tests: every renderer's full output for each fixture report, compared with the
 * golden files in src/test/resources/org/reftally/report/golden (see the README there).
 */
class GoldenOutputTest {

    private static final Map<String, Supplier<Report>> REPORTS = Map.of(
            "complete", ReportFixtures::complete,
            "incomplete", ReportFixtures::incomplete,
            "double-majority", ReportFixtures::doubleMajority);

    private static final Map<String, Format> EXTENSIONS = Map.of(
            "txt", Format.TEXT, "md", Format.MARKDOWN, "json", Format.JSON, "csv", Format.CSV);

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String report : List.of("complete", "incomplete", "double-majority")) {
            for (String extension : List.of("txt", "md", "json", "csv")) {
                cases.add(Arguments.of(report, extension));
            }
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("cases")
    void outputMatchesTheGoldenFileExactly(String report, String extension) throws IOException {
        Renderer renderer = Renderers.forFormat(EXTENSIONS.get(extension));
        String actual = ReportFixtures.render(renderer, REPORTS.get(report).get());
        assertThat(actual).isEqualTo(golden(report + "." + extension, actual));
    }

    @ParameterizedTest(name = "comparison.{0}")
    @ValueSource(strings = {"txt", "md", "json", "csv"})
    void comparisonMatchesTheGoldenFileExactly(String extension) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        ComparisonRenderers.forFormat(EXTENSIONS.get(extension)).render(ReportFixtures.comparison(),
                RenderOptions.DEFAULT, out);
        assertThat(out.toString()).isEqualTo(golden("comparison." + extension, out.toString()));
    }

    /**
     * The golden file's text. With {@code -Dgolden.update=true} the source file is first rewritten
     * with {@code actual}: for deliberate changes, whose diff is then read before committing.
     */
    private static String golden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("src/test/resources/org/reftally/report/golden", name), actual);
            return actual;
        }
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
