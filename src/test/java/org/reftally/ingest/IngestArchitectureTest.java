package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house arrows: ingest reads into the model and knows nothing of schemes, reports or the CLI.
 * Jackson is allowed for reading reftally's own JSON back (partial tallies, audit manifests).
 */
class IngestArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reftally/ingest");

    @Test
    void ingestImportsOnlyTheModelTheJdkOpenCsvAndJackson() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(p -> p.toString().endsWith(".java")).flatMap(IngestArchitectureTest::lines)
                    .filter(l -> l.startsWith("import ")).distinct().toList();
        }
        assertThat(imports).isNotEmpty().allSatisfy(l -> assertThat(l).matches(
                "import (static )?(java\\.|org\\.reftally\\.model\\.|com\\.opencsv\\.|com\\.fasterxml\\.jackson\\.).*"));
    }

    @Test
    void ingestNeverPrints() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.flatMap(IngestArchitectureTest::lines))
                    .noneMatch(l -> l.contains("System.out") || l.contains("System.err") || l.contains("printStackTrace"));
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
