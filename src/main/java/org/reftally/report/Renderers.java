package org.reftally.report;

import java.util.Objects;

/**
 * The renderer for each output {@link Format}: the one place a format is mapped to its renderer,
 * so that no command repeats an {@code if (json) ... else ...}. Renderers are stateless, so a new
 * one per call costs nothing. Stateless and thread-safe.
 */
public final class Renderers {

    private Renderers() {
    }

    /**
     * The renderer for {@code format}.
     *
     * @throws UnsupportedOperationException for a format whose renderer is not built in yet
     */
    public static Renderer forFormat(Format format) {
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case TEXT -> new TextRenderer();
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
