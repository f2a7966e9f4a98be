package org.reftally.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Formats a {@link ComparisonReport} in one output format. Like {@link Renderer}: counts and
 * decides nothing, and the same report and options always give the same characters.
 * Implementations are stateless and thread-safe.
 */
public interface ComparisonRenderer {

    void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException;
}
