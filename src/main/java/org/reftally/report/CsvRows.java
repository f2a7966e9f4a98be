package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reftally.model.Contest;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Unit;
import org.reftally.report.Report.ContestResult;
import org.reftally.scheme.Outcome;

/**
 * The rows of the CSV tables, cell by cell. Text from the input goes through
 * {@link FormulaGuard}; figures are raw digits. Stateless and thread-safe.
 */
final class CsvRows {

    /** The jurisdiction code of the national totals' rows. */
    static final String TOTAL = "TOTAL";
    static final String TOTAL_NAME = "national total";
    /** Joins a decision's reasons in one cell: one line per row keeps the file line-oriented. */
    static final String REASON_SEPARATOR = " | ";

    private CsvRows() {
    }

    /**
     * For each contest: the national totals, then each jurisdiction in the set's order followed by
     * its areas (when the input has areas).
     */
    static List<String[]> counts(Report report, RenderOptions options) {
        List<String[]> rows = new ArrayList<>();
        for (ContestResult result : report.contests()) {
            Place place = new Place(result, options);
            Map<JurisdictionId, List<Map.Entry<Unit, Counts>>> areas = AreaGroups.of(result.tally());
            place.rows(rows, TOTAL, TOTAL_NAME, "", result.tally().totals(report.jurisdictions()), null);
            for (Map.Entry<Jurisdiction, Counts> e : result.tally().byJurisdiction(report.jurisdictions())
                    .entrySet()) {
                Jurisdiction j = e.getKey();
                place.rows(rows, j.id().code(), j.name(), "", e.getValue(), j);
                for (Map.Entry<Unit, Counts> unit : areas.getOrDefault(j.id(), List.of())) {
                    place.rows(rows, j.id().code(), j.name(), unit.getKey().area(), unit.getValue(), null);
                }
            }
        }
        return rows;
    }

    static List<String[]> decisions(Report report) {
        List<String[]> rows = new ArrayList<>();
        for (ContestResult result : report.contests()) {
            for (Outcome o : result.outcomes()) {
                rows.add(new String[] {
                    FormulaGuard.neutralise(result.tally().contest().name()),
                    FormulaGuard.neutralise(o.scheme()),
                    o.decision().word(),
                    FormulaGuard.neutralise(o.winner().map(w -> w.name()).orElse("")),
                    FormulaGuard.neutralise(o.decidingFigure()),
                    FormulaGuard.neutralise(String.join(REASON_SEPARATOR, o.reasons()))});
            }
        }
        return rows;
    }

    /** Writes the rows of one place (the nation, a jurisdiction or an area) of one contest. */
    private record Place(ContestResult result, RenderOptions options) {

        void rows(List<String[]> rows, String code, String name, String area, Counts c, Jurisdiction weighted) {
            Contest contest = result.tally().contest();
            long valid = c.valid();
            for (int i = 0; i < contest.optionCount(); i++) {
                String percent = Shares.number(c.votes(i), valid, options.decimals(),
                        Shares.validBounds(result.outcomes(), contest.option(i)));
                rows.add(row(code, name, area, "votes", contest.option(i).name(), Long.toString(c.votes(i)), percent,
                        true));
            }
            rows.add(row(code, name, area, "valid", "", Long.toString(valid), "", true));
            rows.add(count(code, name, area, "blank", c.blank()));
            rows.add(count(code, name, area, "invalid", c.invalid()));
            rows.add(row(code, name, area, "overvotes", "", Long.toString(c.overvotes()), "", true));
            c.unrecognised().forEach((text, n) ->
                    rows.add(row(code, name, area, "unrecognised", text, Long.toString(n), "", true)));
            rows.add(count(code, name, area, "cast", c.cast()));
            rows.add(count(code, name, area, "electorate", c.electorate()));
            if (weighted != null) {
                rows.add(row(code, name, area, "weight", "", weighted.weight().toDecimalString(), "", true));
            }
        }

        /** An unreported count has an empty value; a partial one its reported sum; both are not complete. */
        private String[] count(String code, String name, String area, String measure, Count count) {
            String value = count.isUnreported() ? "" : Long.toString(count.value());
            return row(code, name, area, measure, "", value, "", count.complete());
        }

        private String[] row(String code, String name, String area, String measure, String option, String value,
                String percent, boolean complete) {
            return new String[] {
                FormulaGuard.neutralise(result.tally().contest().name()),
                FormulaGuard.neutralise(code),
                FormulaGuard.neutralise(name),
                FormulaGuard.neutralise(area),
                measure,
                FormulaGuard.neutralise(option),
                value,
                percent,
                Boolean.toString(complete)};
        }
    }
}
