package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package contract: pure functions over the JDK and the model's exact values, no framework, no
 * I/O library.
 */
class SeatsPackageImportsTest {

  private static final Path SOURCES = Path.of("src/main/java/org/reftally/scheme/seats");

  @Test
  void mainSourcesImportOnlyTheJdkAndTheModel() throws IOException {
    List<String> imports;
    try (Stream<Path> files = Files.list(SOURCES)) {
      imports = files.filter(f -> f.toString().endsWith(".java"))
          .flatMap(SeatsPackageImportsTest::lines)
          .filter(l -> l.startsWith("import "))
          .toList();
    }
    assertThat(imports).isNotEmpty().allSatisfy(l -> assertThat(l)
        .matches("import (static )?(java\\.(math|util)|org\\.reftally\\.model)\\.[\\w.]+;"));
  }

  private static Stream<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
