package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model's contract (package-info): JDK only, so merge and reconcile stay pure values. */
class ModelPackageContractTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reftally/model");

    @Test
    void modelImportsOnlyTheJdkAndItself() throws IOException {
        List<String> imports;
        try (Stream<Path> files = Files.list(SOURCES)) {
            imports = files.filter(p -> p.toString().endsWith(".java")).flatMap(ModelPackageContractTest::lines)
                    .filter(l -> l.startsWith("import ")).distinct().toList();
        }
        assertThat(imports).isNotEmpty().allSatisfy(l -> assertThat(l).matches(
                "import (static )?(java\\.|org\\.reftally\\.model\\.).*"));
    }

    @Test
    void everySourceFileStaysUnderThreeHundredLines() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")))
                    .allSatisfy(p -> assertThat(Files.readAllLines(p, StandardCharsets.UTF_8)).as(p.toString())
                            .hasSizeLessThan(300));
        }
    }

    private static Stream<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(String::strip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
