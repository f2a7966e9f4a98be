/**
 * One renderer per output format (text, JSON, CSV, Markdown, HTML). Renderers format a
 * {@link org.reftally.report.Report}; they count nothing. Escaping for each format lives here.
 *
 * <p>Contract: reads {@code org.reftally.scheme} outcomes and {@code org.reftally.model} values;
 * never imports {@code ingest} or {@code cli}. OpenCSV appears here only in the CSV renderer.
 */
package org.reftally.report;
