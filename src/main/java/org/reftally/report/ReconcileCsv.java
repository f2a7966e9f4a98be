package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Reconciliation;
import org.reftally.model.Reconciliation.ContestCheck;
import org.reftally.model.Reconciliation.Difference;
import org.reftally.model.Unit;

/**
 * The reconciliation as one CSV table, one row per problem: a figure that differs
 * ({@code differs}), a unit or contest in one source only ({@code only_in_returns},
 * {@code only_in_ballots}, {@code contest_only_in_returns}, {@code contest_only_in_ballots}).
 * Sources that agree give the header alone. Stateless and thread-safe.
 */
final class ReconcileCsv {

    static final List<String> HEADER = List.of("contest", "jurisdiction", "area", "issue", "measure", "option",
            "returns", "ballots", "difference");

    private ReconcileCsv() {
    }

    static void render(ReconcileReport report, Writer out) throws IOException {
        Reconciliation rec = report.reconciliation();
        List<String[]> rows = new ArrayList<>();
        for (ContestCheck check : rec.contests()) {
            for (Difference d : check.differences()) {
                rows.add(row(check.contest(), d.unit(), "differs", d.measure(),
                        d.option().map(o -> o.name()).orElse(""), Long.toString(d.returns()), Long.toString(d.ballots()),
                        Long.toString(d.difference())));
            }
            for (Unit u : check.onlyInReturns()) {
                rows.add(row(check.contest(), u, "only_in_returns", "", "", "", "", ""));
            }
            for (Unit u : check.onlyInBallots()) {
                rows.add(row(check.contest(), u, "only_in_ballots", "", "", "", "", ""));
            }
        }
        for (String c : rec.contestsOnlyInReturns()) {
            rows.add(new String[] {FormulaGuard.neutralise(c), "", "", "contest_only_in_returns", "", "", "", "", ""});
        }
        for (String c : rec.contestsOnlyInBallots()) {
            rows.add(new String[] {FormulaGuard.neutralise(c), "", "", "contest_only_in_ballots", "", "", "", "", ""});
        }
        CsvRenderer.write(out, HEADER, rows);
    }

    // A difference is negative when the ballots hold more; it is a figure reftally computed, not
    // input text, so it is written as is (a leading minus is a number to a spreadsheet).
    private static String[] row(String contest, Unit unit, String issue, String measure, String option,
            String returns, String ballots, String difference) {
        return new String[] {FormulaGuard.neutralise(contest), FormulaGuard.neutralise(unit.jurisdiction().code()),
            FormulaGuard.neutralise(unit.area()), issue, measure, FormulaGuard.neutralise(option), returns, ballots,
            difference};
    }
}
