package org.reftally.report;

import java.util.Objects;

/**
 * The comparison renderer for each output {@link Format}: the one place a format meets its
 * comparison renderer, as {@link Renderers} is for the tally report. Stateless and thread-safe.
 */
public final class ComparisonRenderers {

    private ComparisonRenderers() {
    }

    public static ComparisonRenderer forFormat(Format format) {
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case TEXT -> new TextComparisonRenderer();
            case JSON -> new JsonComparisonRenderer();
            case CSV -> new CsvComparisonRenderer();
            case MARKDOWN -> new MarkdownComparisonRenderer();
            case HTML -> new HtmlComparisonRenderer();
        };
    }
}
