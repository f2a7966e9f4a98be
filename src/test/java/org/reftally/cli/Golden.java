package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an output with its golden file, byte for byte. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the golden files after a deliberate change, then read
 * the diff before committing.
 */
final class Golden {

    private Golden() {
    }

    static void check(Path golden, String actual) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
        assertThat(actual).as("output against %s", golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
