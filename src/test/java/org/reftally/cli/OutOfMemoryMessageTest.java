package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Running out of heap is one line that says how to give more, not a stack trace. */
class OutOfMemoryMessageTest {

    @Test
    void anExhaustedHeapIsOneLineThatSaysHowToGiveMore() {
        StringWriter text = new StringWriter();
        int code = ErrorHandler.outOfMemory(new PrintWriter(text));
        assertThat(code).isEqualTo(ExitCodes.INTERNAL);
        assertThat(text.toString()).startsWith("reftally: out of memory").contains("REFTALLY_JAVA_OPTS=-Xmx")
                .doesNotContain("\tat ").hasLineCount(1);
    }
}
