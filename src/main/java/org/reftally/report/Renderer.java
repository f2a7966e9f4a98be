package org.reftally.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Formats a {@link Report} in one output format. Renderers count nothing and decide nothing; the
 * same report and options always give the same characters. Implementations are stateless and
 * thread-safe.
 */
public interface Renderer {

    void render(Report report, RenderOptions options, Writer out) throws IOException;
}
