package org.reftally.report;

/**
 * The page's one inline style sheet. No web fonts, images or imports: the page must open offline
 * and reveal nothing to a network. Print rules keep decisions, charts, maps and table rows whole
 * across A4 or Letter pages and drop tinted backgrounds. Constant; thread-safe.
 */
final class HtmlStyle {

    static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #fff; color: #1a1a1a; line-height: 1.45; font-size: 15px;
              font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
            main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
            header.page { border-bottom: 3px solid #1a1a1a; padding-bottom: 12px; margin-bottom: 8px; }
            h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; overflow-wrap: anywhere; }
            h2 { font-size: 23px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #bbb; overflow-wrap: anywhere; }
            h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .08em; color: #444; margin: 22px 0 8px; }
            .meta { color: #444; margin: 0; }
            .banner { border: 3px solid #D55E00; background: #FFF3EA; padding: 10px 16px; margin: 16px 0; }
            .banner strong { display: block; font-size: 22px; letter-spacing: .12em; }
            .decisions { display: grid; grid-template-columns: repeat(auto-fit, minmax(290px, 1fr)); gap: 14px; }
            .decision { border: 1px solid #bbb; border-left: 10px solid #757575; border-radius: 4px; padding: 10px 16px 12px; }
            .decision.accepted { border-left-color: #0072B2; }
            .decision.rejected { border-left-color: #E69F00; }
            .decision.tie, .decision.invalid { border-left-style: double; }
            .scheme { margin: 0; font-size: 12px; text-transform: uppercase; letter-spacing: .1em; color: #444; }
            .verdict { margin: 2px 0 4px; white-space: nowrap; font-size: 38px; font-weight: 800; line-height: 1.1; letter-spacing: .02em; }
            .label { color: #444; font-size: 13px; }
            .winner, .deciding { margin: 0; font-size: 17px; overflow-wrap: anywhere; }
            .reasons { margin: 8px 0 0; padding-left: 20px; }
            .reasons li { margin: 2px 0; overflow-wrap: anywhere; }
            .details { margin-top: 14px; }
            .headline { font-size: 19px; font-weight: 700; margin: 8px 0 12px; }
            table.compare tbody th, table.compare td.figure { white-space: nowrap; }
            table.compare td.verdict-cell { font-weight: 800; white-space: nowrap; border-left: 6px solid #757575; }
            table.compare tr.accepted td.verdict-cell { border-left-color: #0072B2; }
            table.compare tr.rejected td.verdict-cell { border-left-color: #E69F00; }
            table.compare tr.tie td.verdict-cell, table.compare tr.invalid td.verdict-cell { border-left-style: double; }
            p.note { font-size: 13px; color: #444; margin: 4px 0; }
            .details h4 { font-size: 14px; margin: 14px 0 4px; }
            figure { margin: 0 0 12px; }
            figcaption { font-size: 13px; color: #444; margin-top: 6px; }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font-family: inherit; }
            .bar-name { font-size: 14px; font-weight: 600; fill: #1a1a1a; }
            .bar-figure { font-size: 13px; fill: #333; font-variant-numeric: tabular-nums; }
            .tile-code { font-size: 14px; font-weight: 700; }
            .tile-tag { font-size: 10px; font-weight: 600; }
            .tile-mark { font-size: 13px; font-weight: 800; }
            .tile-electors { font-size: 9px; font-weight: 600; }
            .legend { margin-top: 14px; }
            .legend-head { font-size: 12px; font-weight: 700; fill: #333; }
            .legend-step, .legend-name { font-size: 12px; fill: #333; }
            .legend-tag { font-size: 11px; font-weight: 700; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; font-variant-numeric: tabular-nums; }
            caption { text-align: left; font-weight: 700; padding: 4px 0 6px; }
            th, td { padding: 4px 6px; border-bottom: 1px solid #ddd; text-align: left; vertical-align: top; }
            thead th { border-bottom: 2px solid #1a1a1a; }
            tbody th { font-weight: 400; overflow-wrap: break-word; }
            tfoot th, tfoot td { border-top: 2px solid #1a1a1a; border-bottom: 0; font-weight: 700; }
            .num { text-align: right; white-space: nowrap; }
            th.num { white-space: normal; }
            .pct, .sub { display: block; color: #555; font-size: 12px; }
            .pct { white-space: nowrap; }
            .sub { white-space: normal; }
            .code { font-weight: 600; }
            .note { font-weight: 400; color: #444; }
            .path { overflow-wrap: anywhere; }
            .hash { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; word-break: break-all; }
            td.flagged { font-weight: 700; text-decoration: underline; }
            footer { margin-top: 36px; padding-top: 8px; border-top: 1px solid #bbb; font-size: 12px; color: #444; }
            @page { size: auto; margin: 14mm 12mm; }
            @media print {
              body { font-size: 10.5pt; color: #000; }
              main { max-width: none; padding: 0; }
              .banner { background: none; }
              .decision, figure, svg, table, tr { break-inside: avoid; page-break-inside: avoid; }
              h2, h3, caption { break-after: avoid; page-break-after: avoid; }
              thead { display: table-header-group; }
              .table-wrap { overflow: visible; }
              .verdict { font-size: 26pt; }
              table { font-size: 7.5pt; }
              th, td { padding: 2px; }
              .pct, .sub { font-size: 6.5pt; }
              svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlStyle() {
    }
}
