package org.reftally.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reftally.ingest.ElectionFile;
import org.reftally.ingest.Ingest;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.IngestResult;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.ingest.RejectSink;
import org.reftally.model.JurisdictionSet;
import org.reftally.report.Report;
import org.reftally.scheme.RuleSettings;

/**
 * The tally pipeline shared by {@code tally} and {@code batch}: expand an election folder (its
 * {@code election.json} fills the options not given), resolve the schemes, load the jurisdiction
 * set, read the inputs (rejects to {@code --rejects} or {@code err}), apply the schemes. It writes
 * no report: the caller decides where the report goes. Stateless; each call has its own reject
 * log, so calls may run in parallel on separate option objects.
 */
final class TallyRun {

    /**
     * What will be read, once an election folder is expanded.
     *
     * @param electionFile the folder's {@code election.json}, when the input was an election folder
     */
    record Plan(List<Path> files, String title, Optional<Path> electionFile) {
    }

    /**
     * One run's result.
     *
     * @param settings         the effective settings of each scheme requested
     * @param jurisdictionFile the jurisdiction set's file, when the set came from one (not built in)
     */
    record Result(Report report, IngestResult ingest, long rejected, List<RuleSettings.Effective> settings,
            Optional<String> jurisdictionFile) {
    }

    private TallyRun() {
    }

    /**
     * The files and title of a run: one election folder becomes its inputs, and its settings fill
     * the options not given on the command line. The title is {@code title}, else the election's,
     * else {@code fallbackTitle}, else the file names.
     */
    static Plan plan(List<Path> files, String title, String fallbackTitle, InputOptions input, SchemeOptions schemes,
            SeatOptions seats) {
        List<Path> inputs = files;
        Optional<Path> electionFile = Optional.empty();
        String resolved = title;
        if (files.size() == 1 && ElectionFile.isElectionFolder(files.get(0))) {
            ElectionFile election = ElectionFile.read(files.get(0));
            ElectionDefaults.apply(election, input, schemes, seats);
            inputs = election.inputs();
            electionFile = Optional.of(files.get(0).resolve(ElectionFile.NAME));
            if (resolved == null) {
                resolved = election.title().orElse(null);
            }
        }
        if (resolved == null) {
            resolved = fallbackTitle != null ? fallbackTitle
                    : String.join(", ", inputs.stream().map(Path::toString).toList());
        }
        return new Plan(inputs, resolved, electionFile);
    }

    /**
     * Reads, counts and builds the report. {@code progress} says whether a progress bar may be
     * shown; a batch passes none, since its elections read in parallel.
     */
    static Result run(Plan plan, InputOptions input, SchemeOptions schemes, SeatOptions seats, PrintWriter err,
            boolean quiet, Optional<ProgressPolicy> progress) {
        List<RuleSettings.Effective> settings = schemes.effective(Optional.ofNullable(input.jurisdictions));
        Optional<String> setSpec = settings.get(0).settings().jurisdictionSet();
        Optional<JurisdictionSet> set = setSpec.map(JurisdictionSets::load);
        try (RejectLog rejects = new RejectLog(input.rejects)) {
            IngestResult result = progress.isPresent()
                    ? Inputs.read(progress.get(), plan.files(), input.toIngestOptions(set), rejects, quiet)
                    : Inputs.read(plan.files(), input.toIngestOptions(set), rejects);
            rejects.finish(err, quiet);
            Report report = Reports.of(plan.title(), result, settings, seats.toSeatRule(), schemes.counterProposal());
            return new Result(report, result, rejects.count(), settings, setSpec.filter(TallyRun::isFile));
        }
    }

    /** Whether a jurisdiction set was read from a file rather than built in. */
    static boolean isFile(String spec) {
        return !JurisdictionSets.builtInNames().contains(spec.strip().toLowerCase(java.util.Locale.ROOT));
    }
}
