package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The CLI house rules (STYLE.md): output only through picocli's streams, small files. */
class CliPackageContractTest {

    private static final Path SOURCES = Path.of("src/main/java/org/reftally/cli");

    @Test
    void theCliWritesOnlyThroughTheStreamsItIsGiven() throws IOException {
        assertThat(sources()).isNotEmpty().allSatisfy(file -> assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as(file.toString()).doesNotContain("System.out", "System.err", "printStackTrace()"));
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
}
