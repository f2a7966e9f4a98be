package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample library as golden tests. Each {@code samples/NAME/expected/RUN.args} holds the
 * arguments of one run (one per line, paths relative to the project root); {@code RUN.out} is
 * its exact standard output and {@code RUN.exit}, when present, its exit code (else 0). A new
 * case is new files, not new code.
 */
class SampleGoldenTest {

    static Stream<Path> runs() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("samples"), 3)) {
            List<Path> args = files.filter(p -> p.getFileName().toString().endsWith(".args"))
                    .filter(p -> p.getParent().getFileName().toString().equals("expected")).sorted().toList();
            assertThat(args).as("golden runs under samples/*/expected").isNotEmpty();
            return args.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void sampleRunMatchesItsGoldenOutput(Path argsFile) throws IOException {
        String[] args = Files.readAllLines(argsFile).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toArray(String[]::new);
        CliRun run = CliRun.run(args);
        String base = argsFile.getFileName().toString().replaceFirst("\\.args$", "");
        Path exitFile = argsFile.resolveSibling(base + ".exit");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;
        assertThat(run.exit()).as("exit code of %s; stderr: %s", argsFile, run.err()).isEqualTo(expectedExit);
        Golden.check(argsFile.resolveSibling(base + ".out"), run.out());
    }
}
