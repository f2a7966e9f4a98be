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
        String expected = golden(report + "." + extension);
        Renderer renderer = Renderers.forFormat(EXTENSIONS.get(extension));
        assertThat(ReportFixtures.render(renderer, REPORTS.get(report).get())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "comparison.{0}")
    @ValueSource(strings = {"txt", "md", "json", "csv"})
    void comparisonMatchesTheGoldenFileExactly(String extension) throws IOException {
        String expected = golden("comparison." + extension);
        java.io.StringWriter out = new java.io.StringWriter();
        ComparisonRenderers.forFormat(EXTENSIONS.get(extension)).render(ReportFixtures.comparison(),
                RenderOptions.DEFAULT, out);
        assertThat(out.toString()).isEqualTo(expected);
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream("golden/" + name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
