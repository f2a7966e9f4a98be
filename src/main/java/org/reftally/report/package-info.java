/**
 * One renderer per output format (text, JSON, CSV, Markdown, HTML). Renderers format a
 * {@link org.reftally.report.Report}; they count nothing. Escaping for each format lives here.
 * {@code reftally apportion} has its own renderers, one per format, behind
 * {@link org.reftally.report.ApportionRenderers#forFormat}.
 *
 * <p>Contract: reads {@code org.reftally.scheme} outcomes and {@code org.reftally.model} values;
 * never imports {@code ingest} or {@code cli}. OpenCSV appears here only in the CSV renderer.
 */
package org.reftally.report;
