package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the package contract true: counting rules import only the model and the JDK, do no I/O, stay small. */
class SchemePackageContractTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reftally/scheme");

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void schemesImportOnlyTheModelAndTheJdkWithoutIo() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(file -> {
            List<String> imports = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("import ")).toList();
            assertThat(imports).as(file.toString()).allMatch(l -> l.matches("import (static )?(java\\.util|java\\.math"
                    + "|org\\.reftally\\.model|org\\.reftally\\.scheme)\\..*"));
        });
    }

    @Test
    void schemesNeverWriteToTheConsole() throws IOException {
        assertThat(sources()).allSatisfy(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file.toString()).doesNotContain("System.out", "System.err", "printStackTrace"));
    }

    @Test
    void everySourceFileStaysUnderThreeHundredLines() throws IOException {
        assertThat(sources()).allSatisfy(file -> assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .as(file.toString()).hasSizeLessThan(300));
    }
}
