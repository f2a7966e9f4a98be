package org.reftally.report;

import java.util.Locale;

/** The output formats, each with its renderer. */
public enum Format {
    TEXT,
    JSON,
    CSV,
    MARKDOWN,
    HTML;

    /** The lower-case name used on the command line. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
