package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.scheme.RuleComparison;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;

/**
 * The comparison as one CSV table for spreadsheets, documented in {@code docs/compare.md}: one
 * row per contest and scheme or rule, the applied ones (with decision, winner and deciding
 * figure) first, then those not applied (decision empty, the reason in the last column). Written
 * through {@link CsvRenderer#write}: RFC 4180 quoting, LF line ends, and text from the input
 * guarded by {@link FormulaGuard}. Stateless and thread-safe.
 */
public final class CsvComparisonRenderer implements ComparisonRenderer {

    public static final List<String> HEADER = List.of("contest", "name", "kind", "decision", "winner",
            "deciding_figure", "jurisdiction_set", "basis", "notes", "not_applied_reason");

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (RuleComparison c : report.contests()) {
            String contest = FormulaGuard.neutralise(c.contest());
            for (Row r : c.rows()) {
                rows.add(new String[] {contest, r.name(), r.kind().word(), r.outcome().decision().word(),
                    FormulaGuard.neutralise(r.outcome().winner().map(w -> w.name()).orElse("")),
                    FormulaGuard.neutralise(r.outcome().decidingFigure()),
                    FormulaGuard.neutralise(r.jurisdictionSet()), FormulaGuard.neutralise(r.basis()),
                    FormulaGuard.neutralise(String.join(CsvRows.REASON_SEPARATOR, r.notes())), ""});
            }
            for (NotApplied n : c.notApplied()) {
                rows.add(new String[] {contest, n.name(), n.kind().word(), "", "", "", "", "", "",
                    FormulaGuard.neutralise(n.reason())});
            }
        }
        CsvRenderer.write(out, HEADER, rows);
    }
}
