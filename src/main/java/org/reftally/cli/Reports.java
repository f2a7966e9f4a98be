package org.reftally.cli;

import java.util.ArrayList;
import java.util.List;
import org.reftally.ingest.IngestResult;
import org.reftally.model.ContestTally;
import org.reftally.report.Report;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.RuleSettings;
import org.reftally.scheme.Scheme;
import org.reftally.scheme.SeatRule;

/** Wiring: applies each requested scheme to each contest of a tally and assembles the report. */
final class Reports {

    private Reports() {
    }

    static Report of(String title, IngestResult result, List<RuleSettings.Effective> settings, SeatRule seats) {
        List<Scheme> schemes = settings.stream().map(e -> e.settings().toScheme(seats)).toList();
        List<String> notes = settings.stream().flatMap(e -> e.notes().stream()).distinct().toList();
        List<Report.ContestResult> contests = new ArrayList<>();
        for (ContestTally tally : result.tally().contests()) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Scheme scheme : schemes) {
                outcomes.add(scheme.evaluate(tally, result.jurisdictions()));
            }
            contests.add(new Report.ContestResult(tally, outcomes));
        }
        return new Report(title, result.inputs(), result.jurisdictions(), contests, result.complete(), notes);
    }
}
