package org.reftally.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import org.reftally.report.ComparisonRenderer;
import org.reftally.report.ComparisonRenderers;
import org.reftally.report.ComparisonReport;
import org.reftally.report.Format;
import org.reftally.report.RenderOptions;
import org.reftally.report.Renderer;
import org.reftally.report.Renderers;
import org.reftally.report.Report;
import picocli.CommandLine.Option;

/** Options that say how and where the report is written. */
final class OutputOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Report format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    Format format = Format.TEXT;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE, atomically (default: standard output).")
    Path output;

    @Option(names = "--decimals", paramLabel = "N",
            description = "Decimal places of percentages, rounded half-even (default: ${DEFAULT-VALUE}).")
    int decimals = 2;

    /** Refuses an output that is a directory or an input, before anything is read. */
    void check(Collection<Path> inputs) {
        if (output != null) {
            AtomicOutput.check(output, inputs);
        }
    }

    RenderOptions renderOptions() {
        try {
            return new RenderOptions(decimals);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Renders the report to the output file, or to {@code out}.
     *
     * @return what was written to {@code out} (for an audit to hash), or null when it went to the file
     */
    String write(Report report, PrintWriter out) {
        Renderer renderer = Renderers.forFormat(format);
        RenderOptions options = renderOptions();
        return write(out, w -> renderer.render(report, options, w));
    }

    /** Renders the comparison to the output file, or to {@code out}; returns what went to {@code out}. */
    String write(ComparisonReport report, PrintWriter out) {
        ComparisonRenderer renderer = ComparisonRenderers.forFormat(format);
        RenderOptions options = renderOptions();
        return write(out, w -> renderer.render(report, options, w));
    }

    private String write(PrintWriter out, AtomicOutput.Body body) {
        if (output != null) {
            AtomicOutput.write(output, body);
            return null;
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            body.write(text);
        } catch (java.io.IOException e) {
            throw new FileProblemException("cannot write the report: " + e.getMessage());
        }
        out.print(text);
        out.flush();
        return text.toString();
    }
}
