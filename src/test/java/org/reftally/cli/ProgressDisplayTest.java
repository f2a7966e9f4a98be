package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The progress bar appears only on a terminal, only for large inputs and never with --quiet;
 * it never goes to picocli's err stream. The terminal is a stand-in that records what is drawn,
 * whether or not it claims to be a terminal, so a bar drawn where it must not be is caught.
 */
class ProgressDisplayTest {

    private static final String SAMPLE = "samples/ch-2020-responsible-business/results.csv";

    /** A stand-in for stderr: a terminal or not, recording every byte drawn on it. */
    private static final class FakeTerminal implements ProgressPolicy.Terminal {
        private final boolean terminal;
        private final ByteArrayOutputStream drawn = new ByteArrayOutputStream();

        FakeTerminal(boolean terminal) {
            this.terminal = terminal;
        }

        @Override
        public boolean isTerminal() {
            return terminal;
        }

        @Override
        public PrintStream stream() {
            return new PrintStream(drawn, true, StandardCharsets.UTF_8);
        }

        String drawn() {
            return drawn.toString(StandardCharsets.UTF_8);
        }
    }

    private static CliRun run(ProgressPolicy policy, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(new PrintWriter(out), new PrintWriter(err), policy, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void aTerminalWatchingALargeInputGetsABar() {
        FakeTerminal terminal = new FakeTerminal(true);
        // Every input counts as large here, so that a small sample shows what a large one would.
        CliRun run = run(new ProgressPolicy(terminal, 0), "tally", SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(terminal.drawn()).contains("Reading");
        assertThat(run.err()).as("picocli's err stream never gets the bar").isEmpty();
    }

    @Test
    void quietShowsNoBarEvenOnATerminal() {
        FakeTerminal terminal = new FakeTerminal(true);
        CliRun run = run(new ProgressPolicy(terminal, 0), "tally", SAMPLE, "--quiet");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(terminal.drawn()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void noBarWhenStderrIsNotATerminal() {
        FakeTerminal notATerminal = new FakeTerminal(false);
        CliRun run = run(new ProgressPolicy(notATerminal, 0), "compare", SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(notATerminal.drawn()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void inputsBelowFiftyMegabytesGetNoBar() {
        FakeTerminal terminal = new FakeTerminal(true);
        run(new ProgressPolicy(terminal, ProgressPolicy.STANDARD_MIN_BYTES), "compare", SAMPLE);

        assertThat(terminal.drawn()).isEmpty();
    }

    @Test
    void compareShowsTheBarToo() {
        FakeTerminal terminal = new FakeTerminal(true);
        run(new ProgressPolicy(terminal, 0), "compare", SAMPLE);

        assertThat(terminal.drawn()).contains("Reading");
    }

    @Test
    void onlyTerminalDevicesCountAsTerminals() {
        assertThat(ProgressPolicy.isTerminalDevice("/dev/pts/3")).isTrue();
        assertThat(ProgressPolicy.isTerminalDevice("/dev/tty1")).isTrue();
        assertThat(ProgressPolicy.isTerminalDevice("pipe:[40512]")).isFalse();
        assertThat(ProgressPolicy.isTerminalDevice("/tmp/reftally.log")).isFalse();
        assertThat(ProgressPolicy.isTerminalDevice("/dev/null")).isFalse();
    }
}
