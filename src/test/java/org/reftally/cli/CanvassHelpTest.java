package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canvass commands document themselves: options and exit codes in --help, listed by reftally --help. */
class CanvassHelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"merge", "reconcile", "batch", "verify"})
    void everyCanvassCommandHasHelpWithItsExitCodesAndIsListed(String command) {
        CanvassRun help = CanvassRun.of(command, "--help");

        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: reftally " + command).contains("Exit codes").contains("  0   ")
                .contains("  3   ");
        assertThat(CanvassRun.of("--help").out()).containsPattern("(?m)^  " + command + " ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tally", "merge", "batch"})
    void theCommandsThatRecordAnAuditOfferAuditAndStamp(String command) {
        assertThat(CanvassRun.of(command, "--help").out()).contains("--audit=FILE").contains("--stamp");
    }
}
