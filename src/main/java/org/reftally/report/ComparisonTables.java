package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reftally.report.Table.Align;
import org.reftally.scheme.Decision;
import org.reftally.scheme.RuleComparison;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;

/**
 * Lays out a {@link RuleComparison} once for the text, Markdown and HTML comparison reports: the
 * headline that says whether the rules agree, one row per scheme or rule with its decision and
 * the one figure that decided it, and the rules that could not be applied with the reason. Reads
 * only the common {@link org.reftally.scheme.Outcome} fields, so a scheme added later appears
 * without a change here. Cells are unescaped display text. Stateless and thread-safe.
 */
final class ComparisonTables {

    static final List<String> HEADERS = List.of("Rule", "Kind", "Decision", "Winner", "Deciding figure",
            "Jurisdictions", "Basis");

    private ComparisonTables() {
    }

    /**
     * {@code The rules disagree: ACCEPTED under plurality and majority; REJECTED under
     * ch-people-and-cantons.}, or that every rule applied agrees, or that none applied.
     */
    static String headline(RuleComparison c) {
        if (c.rows().isEmpty()) {
            return "No scheme or rule could be applied to this contest.";
        }
        Map<Decision, List<String>> byDecision = c.byDecision();
        if (c.agree()) {
            return (c.rows().size() == 1 ? "The one rule applied decides: " : "Every rule applied decides alike: ")
                    + byDecision.keySet().iterator().next().name() + ".";
        }
        List<String> parts = new ArrayList<>();
        byDecision.forEach((decision, names) -> parts.add(decision.name() + " under " + and(names)));
        return "The rules disagree: " + String.join("; ", parts) + ".";
    }

    /** One row per scheme or rule applied, in the order compared; notes name the row they belong to. */
    static Table results(RuleComparison c) {
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Row r : c.rows()) {
            rows.add(List.of(r.name(), r.kind().word(), r.outcome().decision().name(),
                    r.outcome().winner().map(w -> PlainText.clean(w.name())).orElse("none"),
                    PlainText.clean(r.outcome().decidingFigure()), PlainText.clean(r.jurisdictionSet()),
                    PlainText.clean(r.basis())));
            r.notes().forEach(note -> notes.add(r.name() + ": " + PlainText.clean(note)));
        }
        return new Table(HEADERS, List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT,
                Align.LEFT), rows, notes);
    }

    /** The schemes and rules not applied, with the reason; empty rows when every one applied. */
    static Table notApplied(RuleComparison c) {
        List<List<String>> rows = new ArrayList<>();
        for (NotApplied n : c.notApplied()) {
            rows.add(List.of(n.name(), n.kind().word(), PlainText.clean(n.reason())));
        }
        return new Table(List.of("Rule", "Kind", "Why it was not applied"), List.of(Align.LEFT, Align.LEFT,
                Align.LEFT), rows, List.of());
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
