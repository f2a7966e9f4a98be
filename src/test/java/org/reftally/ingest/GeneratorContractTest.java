package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the generator's files inside the ingest contract: the model and the JDK only (no CLI,
 * scheme or report), no console output, small files, and Javadoc on every public type.
 */
class GeneratorContractTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reftally/ingest");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.getFileName().toString()
                    .matches("(Generator|Synthetic|ReturnsExpander).*\\.java")).sorted().toList();
        }
    }

    @Test
    void generatorFilesImportOnlyTheModelAndTheJdk() throws IOException {
        assertThat(sources()).hasSizeGreaterThan(5).allSatisfy(file -> assertThat(
                Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("import ")))
                .as(file.toString())
                .allMatch(l -> l.matches("import (static )?(java\\.|org\\.reftally\\.model\\.).*")));
    }

    @Test
    void generatorFilesNeverWriteToTheConsole() throws IOException {
        assertThat(sources()).allSatisfy(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file.toString()).doesNotContain("System.out", "System.err", "printStackTrace"));
    }

    @Test
    void generatorFilesStayUnderThreeHundredLines() throws IOException {
        assertThat(sources()).allSatisfy(file -> assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .as(file.toString()).hasSizeLessThan(300));
    }

    @Test
    void everyTypeHasJavadoc() throws IOException {
        assertThat(sources()).allSatisfy(file -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int type = text.indexOf("\n" + (text.contains("\npublic ") ? "public " : "final class"));
            assertThat(text.substring(0, Math.max(type, 0))).as(file.toString()).contains("*/");
        });
    }
}
