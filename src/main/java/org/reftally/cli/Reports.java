package org.reftally.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reftally.ingest.IngestResult;
import org.reftally.model.ContestTally;
import org.reftally.report.Report;
import org.reftally.scheme.CounterProposal;
import org.reftally.scheme.DoubleMajority;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.SchemeException;
import org.reftally.scheme.RuleSettings;
import org.reftally.scheme.Scheme;
import org.reftally.scheme.SeatRule;

/** Wiring: applies each requested scheme to each contest of a tally and assembles the report. */
final class Reports {

    private Reports() {
    }

    /** The double majority that decides each proposal: the one requested, else the Swiss rule. */
    private static CounterProposal counterRule(List<Scheme> schemes) {
        return schemes.stream().filter(DoubleMajority.class::isInstance).map(DoubleMajority.class::cast).findFirst()
                .map(CounterProposal::new).orElse(CounterProposal.swiss());
    }

    static Report of(String title, IngestResult result, List<RuleSettings.Effective> settings, SeatRule seats,
            Optional<List<String>> counterProposal) {
        List<Scheme> schemes = settings.stream().map(e -> e.settings().toScheme(seats)).toList();
        List<String> notes = settings.stream().flatMap(e -> e.notes().stream()).distinct().toList();
        List<Report.ContestResult> contests = new ArrayList<>();
        for (ContestTally tally : result.tally().contests()) {
            List<Outcome> outcomes = new ArrayList<>();
            // The tie-break question of a counter-proposal vote is decided only by art. 139b(3).
            boolean tieBreak = counterProposal.isPresent()
                    && counterProposal.get().get(2).equalsIgnoreCase(tally.contest().name());
            for (Scheme scheme : tieBreak ? List.<Scheme>of() : schemes) {
                outcomes.add(scheme.evaluate(tally, result.jurisdictions()));
            }
            if (counterProposal.isPresent() && counterProposal.get().get(0).equalsIgnoreCase(tally.contest().name())) {
                List<String> c = counterProposal.get();
                outcomes.add(counterRule(schemes).decide(result.tally(), result.jurisdictions(), c.get(0), c.get(1),
                        c.get(2)));
            }
            contests.add(new Report.ContestResult(tally, outcomes));
        }
        if (counterProposal.isPresent() && contests.stream().noneMatch(
                c -> c.tally().contest().name().equalsIgnoreCase(counterProposal.get().get(0)))) {
            throw new SchemeException("--counter-proposal: the input has no contest " + counterProposal.get().get(0));
        }
        return new Report(title, result.inputs(), result.jurisdictions(), contests, result.complete(), notes);
    }
}
