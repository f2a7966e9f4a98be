package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reftally.model.Contest;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.DoubleMajorityOutcome;
import org.reftally.scheme.DoubleMajorityOutcome.JurisdictionRow;
import org.reftally.scheme.ElectoralOutcome;
import org.reftally.scheme.ElectoralOutcome.JurisdictionElectors;

/**
 * One contest as the HTML page draws it: its counts per jurisdiction and nationally, how each
 * option is styled, and the thresholds its shares were tested against. Built once per contest so
 * the chart, map and table agree. Immutable.
 *
 * @param number         the contest's position in the report, for unique element ids
 * @param byJurisdiction counts per jurisdiction, in the set's order
 * @param bounds         per option, the thresholds a scheme measured that option against
 * @param doubleMajority the first double-majority outcome applied, whose approving states the
 *                       map marks
 * @param electoral      the first electoral-college outcome applied, whose electors the map
 *                       writes on each tile
 */
record ContestView(int number, Report.ContestResult result, JurisdictionSet set, Map<Jurisdiction, Counts> byJurisdiction,
        Counts totals, List<OptionStyle> styles, HtmlFigures figures, List<List<Fraction>> bounds,
        Optional<DoubleMajorityOutcome> doubleMajority, Optional<ElectoralOutcome> electoral) {

    ContestView {
        byJurisdiction = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byJurisdiction));
        styles = List.copyOf(styles);
        bounds = bounds.stream().map(List::copyOf).toList();
    }

    static ContestView of(int number, Report.ContestResult result, JurisdictionSet set, RenderOptions options) {
        Contest contest = result.tally().contest();
        List<List<Fraction>> bounds = new ArrayList<>();
        for (int i = 0; i < contest.optionCount(); i++) {
            // A share shown next to a decision must not contradict it (49.996% is not shown as
            // 50.00% against >1/2): the same bounds as in every other report (see Shares).
            bounds.add(Shares.validBounds(result.outcomes(), contest.option(i)));
        }
        Optional<DoubleMajorityOutcome> doubleMajority = result.outcomes().stream()
                .filter(DoubleMajorityOutcome.class::isInstance).map(DoubleMajorityOutcome.class::cast).findFirst();
        Optional<ElectoralOutcome> electoral = result.outcomes().stream()
                .filter(ElectoralOutcome.class::isInstance).map(ElectoralOutcome.class::cast).findFirst();
        return new ContestView(number, result, set, result.tally().byJurisdiction(set), result.tally().totals(set),
                OptionStyle.of(contest), new HtmlFigures(options.decimals()), bounds, doubleMajority, electoral);
    }

    Contest contest() {
        return result.tally().contest();
    }

    /** An element id unique in the page: {@code c1-map}. */
    String id(String what) {
        return "c" + number + "-" + what;
    }

    /** The double majority's row for {@code id}, when a double majority was applied and lists it. */
    Optional<JurisdictionRow> approval(JurisdictionId id) {
        return doubleMajority.flatMap(d -> d.jurisdictions().stream().filter(r -> r.id().equals(id)).findFirst());
    }

    /** The electoral outcome's row for {@code id}, when an electoral scheme was applied and lists it. */
    Optional<JurisdictionElectors> electors(JurisdictionId id) {
        return electoral.flatMap(e -> e.jurisdictions().stream().filter(r -> r.jurisdiction().equals(id)).findFirst());
    }

    /** An option's share of valid votes, with the places its thresholds need. */
    String optionShare(int option, long votes, long valid) {
        return figures.share(votes, valid, bounds.get(option));
    }
}
