package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the report package inside the house rules (STYLE.md) by reading its sources. */
class ReportPackageContractTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reftally/report");

    @Test
    void reportNeverImportsIngestCliOrPicocli() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(file -> assertThat(read(file))
                .doesNotContain("import org.reftally.ingest", "import org.reftally.cli", "import picocli"));
    }

    @Test
    void openCsvAppearsOnlyInTheCsvRenderers() throws IOException {
        java.util.Set<String> csvRenderers = java.util.Set.of("CsvRenderer.java", "ApportionCsvRenderer.java");
        assertThat(sources()).allSatisfy(file -> {
            if (!csvRenderers.contains(file.getFileName().toString())) {
                assertThat(read(file)).as(file.toString()).doesNotContain("com.opencsv");
            }
        });
    }

    @Test
    void renderersWriteOnlyToTheWriterTheyAreGiven() throws IOException {
        assertThat(sources()).allSatisfy(file -> assertThat(read(file)).as(file.toString())
                .doesNotContain("System.out", "System.err", "printStackTrace"));
    }

    @Test
    void everySourceFileStaysUnderThreeHundredLines() throws IOException {
        assertThat(sources()).allSatisfy(file -> assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .as(file.toString()).hasSizeLessThan(300));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
