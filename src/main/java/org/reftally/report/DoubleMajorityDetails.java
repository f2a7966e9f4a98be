package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;
import org.reftally.report.SchemeDetails.Section;
import org.reftally.report.Table.Align;
import org.reftally.scheme.DoubleMajorityOutcome;
import org.reftally.scheme.DoubleMajorityOutcome.JurisdictionRow;

/**
 * A double majority's own figures: every condition met or not with its figures (quorums, the
 * people, the states, each required state), and the approval of each jurisdiction (its weight, its
 * share for the proposal, whether it approves, whether it was required), closed by the states
 * tally as officials write it, approving first ({@code 8.5 : 14.5}).
 *
 * <p>Read from the outcome only: which states approve and what they weigh were decided by the
 * scheme (Swiss Federal Constitution art. 142(2)-(4); Australian Constitution s.128).
 * Stateless and thread-safe.
 */
final class DoubleMajorityDetails {

    private DoubleMajorityDetails() {
    }

    static List<Section> sections(DoubleMajorityOutcome d, RenderOptions options) {
        return List.of(new Section("Conditions", SchemeDetails.conditions(conditions(d, options))),
                new Section("Approval by jurisdiction", approval(d, options)));
    }

    /** In the scheme's order: quorums, the people, the states (when tested), each required state. */
    static List<List<String>> conditions(DoubleMajorityOutcome d, RenderOptions options) {
        List<Fraction> bounds = Shares.validBounds(List.of(d), d.proposal());
        List<List<String>> rows = new ArrayList<>(SchemeDetails.quorums(d.quorums(), options));
        String people = d.valid() == 0 ? "no valid votes"
                : SchemeDetails.share(d.proposal().name(), d.votes(), d.valid(), bounds, options);
        rows.add(List.of("people", people, SchemeDetails.threshold(d.nationalThreshold()) + " of valid votes",
                SchemeDetails.result(d.peopleMet())));
        if (d.statesRequirement().tested()) {
            rows.add(List.of("states", d.statesTally() + " (" + Figures.thousands(approving(d)) + " of "
                    + Figures.thousands(counted(d)) + " states approve)",
                    d.statesRequirement().describe(d.totalWeight()), SchemeDetails.result(d.statesMet())));
        }
        for (JurisdictionRow row : d.jurisdictions()) {
            if (row.required()) {
                String figure = row.valid() == 0 ? "no valid votes"
                        : SchemeDetails.share(d.proposal().name(), row.votes(), row.valid(), bounds, options);
                rows.add(List.of("required " + PlainText.clean(row.id().code()), figure,
                        SchemeDetails.threshold(d.stateThreshold()) + " of its valid votes",
                        SchemeDetails.result(row.approves())));
            }
        }
        return rows;
    }

    /**
     * One row per jurisdiction in the set's order, then the states tally. A tie or no valid vote
     * never approves (Swiss Federal Act on Political Rights art. 13(2)); a weight-0 territory
     * counts only in the national total, whatever its own majority.
     */
    static Table approval(DoubleMajorityOutcome d, RenderOptions options) {
        boolean names = d.jurisdictions().stream().anyMatch(r -> !r.name().equals(r.id().code()));
        boolean required = d.jurisdictions().stream().anyMatch(JurisdictionRow::required);
        List<String> headers = new ArrayList<>(List.of("Code"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT));
        if (names) {
            headers.add("Name");
            aligns.add(Align.LEFT);
        }
        headers.addAll(List.of("Weight", PlainText.clean(d.proposal().name()) + " %", "Approves"));
        aligns.addAll(List.of(Align.RIGHT, Align.RIGHT, Align.LEFT));
        if (required) {
            headers.add("Required");
            aligns.add(Align.LEFT);
        }
        List<Fraction> bounds = Shares.validBounds(List.of(d), d.proposal());
        List<List<String>> rows = new ArrayList<>();
        boolean territories = false;
        for (JurisdictionRow r : d.jurisdictions()) {
            List<String> row = new ArrayList<>(List.of(PlainText.clean(r.id().code())));
            if (names) {
                row.add(PlainText.clean(r.name()));
            }
            row.add(r.weight().toDecimalString());
            row.add(Shares.percent(r.votes(), r.valid(), options.decimals(), bounds));
            row.add(approves(r));
            territories |= !r.countsAsState();
            if (required) {
                row.add(r.required() ? "required" : "");
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("States"));
        if (names) {
            total.add("");
        }
        total.addAll(List.of(d.totalWeight().toDecimalString(), "", d.statesTally()));
        if (required) {
            total.add("");
        }
        rows.add(total);
        List<String> notes = new ArrayList<>();
        notes.add("A jurisdiction approves with " + SchemeDetails.threshold(d.stateThreshold()) + " of its own valid"
                + " votes for " + PlainText.clean(d.proposal().name()) + "; a tie does not approve. States "
                + d.statesTally() + ": the weight approving : the weight not approving.");
        if (territories) {
            notes.add("Weight 0: counted only in the national total, never in the states tally.");
        }
        return new Table(headers, aligns, rows, notes);
    }

    /** {@code yes}, {@code no}, {@code no (tie)}, {@code no (no valid votes)}; a territory "not counted". */
    static String approves(JurisdictionRow r) {
        String word = r.approves() ? "yes"
                : r.valid() == 0 ? "no (no valid votes)"
                : r.share().filter(Fraction.HALF::equals).isPresent() ? "no (tie)" : "no";
        return r.countsAsState() ? word : word + ", not counted";
    }

    /** How many states (weight above zero) approve. */
    private static long approving(DoubleMajorityOutcome d) {
        return d.jurisdictions().stream().filter(r -> r.countsAsState() && r.approves()).count();
    }

    private static long counted(DoubleMajorityOutcome d) {
        return d.jurisdictions().stream().filter(JurisdictionRow::countsAsState).count();
    }
}
