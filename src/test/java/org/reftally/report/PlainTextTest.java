package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertThat(PlainText.clean("a\nb\r\nc\td\u2028e")).isEqualTo("a b  c d e");
    }

    @Test
    void terminalEscapesAndBidiOverridesAreMadeVisible() {
        assertThat(PlainText.clean("\u001b[31mNO")).isEqualTo("\uFFFD[31mNO");
        assertThat(PlainText.clean("\u202eON")).isEqualTo("\uFFFDON");
        assertThat(PlainText.clean("Zürich")).isEqualTo("Zürich");
    }

    @Test
    void combiningMarksTakeNoColumn() {
        assertThat(PlainText.width("Zu\u0308rich")).isEqualTo(PlainText.width("Zürich")).isEqualTo(6);
    }
}
