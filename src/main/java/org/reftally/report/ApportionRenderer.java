package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import org.reftally.scheme.ApportionmentResult;

/**
 * Formats an {@link ApportionmentResult} (the output of {@code reftally apportion}) in one output
 * format. Renderers count nothing and decide nothing: the same result and options always give the
 * same characters, whatever the machine's locale. They write to {@code out} and never close it.
 * Implementations are stateless and thread-safe.
 */
public interface ApportionRenderer {

    void render(ApportionmentResult result, RenderOptions options, Writer out) throws IOException;
}
