package org.reftally.report;

import java.util.Objects;

/** The {@link ApportionRenderer} of each {@link Format}. Stateless and thread-safe. */
public final class ApportionRenderers {

    private ApportionRenderers() {
    }

    /** The renderer for {@code format}; every format has one. */
    public static ApportionRenderer forFormat(Format format) {
        Objects.requireNonNull(format, "format");
        return switch (format) {
            case TEXT -> new ApportionTextRenderer();
            case JSON -> new ApportionJsonRenderer();
            case CSV -> new ApportionCsvRenderer();
            case MARKDOWN -> new ApportionMarkdownRenderer();
            case HTML -> new ApportionHtmlRenderer();
        };
    }
}
