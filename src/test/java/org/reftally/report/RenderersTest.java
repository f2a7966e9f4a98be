package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void eachBuiltInFormatHasItsRenderer() {
        assertThat(Renderers.forFormat(Format.TEXT)).isInstanceOf(TextRenderer.class);
        assertThat(Renderers.forFormat(Format.JSON)).isInstanceOf(JsonRenderer.class);
        assertThat(Renderers.forFormat(Format.CSV)).isInstanceOf(CsvRenderer.class);
        assertThat(Renderers.forFormat(Format.MARKDOWN)).isInstanceOf(MarkdownRenderer.class);
        assertThat(Renderers.forFormat(Format.HTML)).isInstanceOf(HtmlRenderer.class);
    }
}
