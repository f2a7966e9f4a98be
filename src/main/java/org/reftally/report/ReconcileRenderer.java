package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Formats a {@link ReconcileReport} in text, JSON or CSV (docs/canvass.md, "reconcile").
 * Implementations are stateless and thread-safe.
 */
public interface ReconcileRenderer {

    void render(ReconcileReport report, Writer out) throws IOException;

    /**
     * The renderer for {@code format}.
     *
     * @throws UnsupportedOperationException for Markdown and HTML, which reconcile does not write
     */
    static ReconcileRenderer forFormat(Format format) {
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case TEXT -> ReconcileText::render;
            case JSON -> ReconcileJson::render;
            case CSV -> ReconcileCsv::render;
            case MARKDOWN, HTML -> throw new UnsupportedOperationException("reconcile writes text, json or csv, not "
                    + format.word());
        };
    }
}
