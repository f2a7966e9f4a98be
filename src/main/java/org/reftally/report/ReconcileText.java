package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.model.InputSummary;
import org.reftally.model.Reconciliation;
import org.reftally.model.Reconciliation.ContestCheck;
import org.reftally.model.Reconciliation.Difference;
import org.reftally.model.Unit;
import org.reftally.report.Table.Align;

/**
 * The reconciliation for a person: the files compared, then per contest a table of every figure
 * that differs (returns, ballots, and returns minus ballots) and the units found in one source
 * only, and a one-line verdict. Figures are grouped by commas; input text is cleaned
 * ({@link PlainText}). Stateless and thread-safe.
 */
final class ReconcileText {

    private static final String INDENT = "  ";

    private ReconcileText() {
    }

    static void render(ReconcileReport report, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Reconciliation of returns against ballots");
        lines.add("=".repeat(lines.get(0).length()));
        lines.add("");
        if (!report.complete()) {
            lines.add("*** Rows were rejected: they are left out of both sides of the comparison. ***");
            lines.add("");
        }
        inputs(lines, "Returns", report.returns());
        inputs(lines, "Ballots", report.ballots());
        Reconciliation rec = report.reconciliation();
        for (ContestCheck check : rec.contests()) {
            lines.add("Contest: " + PlainText.clean(check.contest()) + " (compared by " + check.level().word() + ")");
            if (check.agrees()) {
                lines.add(INDENT + "All figures agree.");
            }
            if (!check.differences().isEmpty()) {
                lines.addAll(TextTables.draw(differences(check), INDENT, true));
            }
            units(lines, "Only in the returns: ", check.onlyInReturns());
            units(lines, "Only in the ballots: ", check.onlyInBallots());
            lines.add("");
        }
        names(lines, "Contests only in the returns: ", rec.contestsOnlyInReturns());
        names(lines, "Contests only in the ballots: ", rec.contestsOnlyInBallots());
        lines.add(verdict(report));
        out.write(String.join("\n", lines));
        out.write("\n");
        out.flush();
    }

    private static void inputs(List<String> lines, String heading, List<InputSummary> inputs) {
        lines.add(heading);
        for (InputSummary input : inputs) {
            lines.add(INDENT + PlainText.clean(input.path()));
            lines.add(INDENT + INDENT + "SHA-256  " + PlainText.clean(input.sha256()));
            lines.add(INDENT + INDENT + "rows     " + Sentences.rows(input));
        }
        lines.add("");
    }

    private static Table differences(ContestCheck check) {
        List<List<String>> rows = new ArrayList<>();
        for (Difference d : check.differences()) {
            long diff = d.difference();
            rows.add(List.of(PlainText.clean(d.unit().toString()), measure(d), Figures.thousands(d.returns()),
                    Figures.thousands(d.ballots()), (diff > 0 ? "+" : "") + Figures.thousands(diff)));
        }
        return new Table(List.of("Unit", "Figure", "Returns", "Ballots", "Difference"),
                List.of(Align.LEFT, Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT), rows, List.of());
    }

    /** Votes for an option are named by the option; blank and invalid ballots by what they are. */
    private static String measure(Difference d) {
        return d.option().map(o -> "votes " + PlainText.clean(o.name())).orElse(d.measure() + " ballots");
    }

    private static void units(List<String> lines, String label, List<Unit> units) {
        if (!units.isEmpty()) {
            lines.add(INDENT + label + String.join(", ", units.stream().map(u -> PlainText.clean(u.toString()))
                    .toList()));
        }
    }

    private static void names(List<String> lines, String label, List<String> names) {
        if (!names.isEmpty()) {
            lines.add(label + String.join(", ", names.stream().map(PlainText::clean).toList()));
            lines.add("");
        }
    }

    private static String verdict(ReconcileReport report) {
        Reconciliation rec = report.reconciliation();
        if (rec.agrees()) {
            return report.complete() ? "Result: the returns and the ballots agree."
                    : "Result: the counted rows agree, but rows were rejected.";
        }
        long units = rec.contests().stream().mapToLong(c -> c.onlyInReturns().size() + c.onlyInBallots().size())
                .sum();
        long contests = rec.contestsOnlyInReturns().size() + rec.contestsOnlyInBallots().size();
        List<String> parts = new ArrayList<>();
        if (rec.differenceCount() > 0) {
            parts.add(plural(rec.differenceCount(), "figure differs", "figures differ"));
        }
        if (units > 0) {
            parts.add(plural(units, "unit is", "units are") + " in one source only");
        }
        if (contests > 0) {
            parts.add(plural(contests, "contest is", "contests are") + " in one source only");
        }
        return "Result: DIFFERENCES FOUND: " + String.join(", ", parts) + ".";
    }

    private static String plural(long n, String one, String many) {
        return Figures.thousands(n) + " " + (n == 1 ? one : many);
    }
}
