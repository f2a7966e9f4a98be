package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** --help of every command is exact (golden files), lists the exit codes, and --version answers. */
class HelpTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"root, --help", "tally, tally --help", "apportion, apportion --help", "generate, generate --help",
        "rules, rules --help", "compare, compare --help", "samples, samples --help", "merge, merge --help",
        "reconcile, reconcile --help", "batch, batch --help", "verify, verify --help"})
    void helpIsExactlyAsDocumented(String name, String args) throws IOException {
        CliRun run = CliRun.run(args.split(" "));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Exit codes:");
        Golden.check(Path.of("src/test/resources/org/reftally/cli/help", name + ".txt"), run.out());
    }

    @Test
    void versionNamesTheBuild() {
        CliRun run = CliRun.run("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).matches("reftally \\d+\\.\\d+\\.\\d+.*\\n");
        assertThat(CliRun.run("-V").out()).isEqualTo(run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(CliRun.run().exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    }
}
