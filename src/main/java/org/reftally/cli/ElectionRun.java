package org.reftally.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reftally.ingest.BatchElection;
import org.reftally.model.InputSummary;
import org.reftally.report.BatchResult;
import org.reftally.report.RenderOptions;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs one election of a batch as {@code reftally tally FILES OPTIONS} would, without writing a
 * report: its options are parsed by the tally command itself, so a manifest row means exactly
 * what it means on the command line. Every failure becomes the election's result (its exit code
 * by the same mapping as the CLI's, and its one-line message); nothing escapes to stop the
 * other elections. Stateless; safe to call from several threads at once.
 */
final class ElectionRun {

    /** Output options belong to the batch, which writes every election's report itself. */
    private static final List<String> FORBIDDEN = List.of("--output", "--format", "--audit", "--stamp", "--rejects",
            "--help", "--version");

    /**
     * An election's result, with what it wrote to stderr (rejected rows) and what it read.
     *
     * @param settingsFiles the election.json, jurisdiction set and seats files it read (path to kind), for the audit
     */
    record Outcome(BatchResult result, String stderr, List<InputSummary> inputs, Map<String, String> settingsFiles) {

        /** Its rejected rows (unless quiet) and its error on {@code err}, each line led by its name. */
        void report(PrintWriter err, boolean quiet) {
            if (!quiet) {
                stderr.lines().forEach(line -> err.println("[" + result.name() + "] " + line));
            }
            result.error().ifPresent(e -> err.println("reftally: " + result.name() + ": " + e));
        }
    }

    private ElectionRun() {
    }

    static Outcome run(BatchElection election) {
        StringWriter stderr = new StringWriter();
        if (election.problem().isPresent()) {
            return failed(election, ExitCodes.FILE, election.problem().get(), stderr);
        }
        try (PrintWriter err = new PrintWriter(stderr)) {
            TallyCommand tally = new TallyCommand();
            CommandLine cl = new CommandLine(tally);
            cl.setCaseInsensitiveEnumValuesAllowed(true);
            List<String> args = new ArrayList<>(election.files().stream().map(Path::toString).toList());
            args.addAll(election.arguments());
            ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            for (String option : FORBIDDEN) {
                if (parsed.matchedOption(option) != null) {
                    throw new UsageException(option + " is not allowed in a batch manifest: the batch writes every"
                            + " election's outputs (--jsonl, --csv, --audit)");
                }
            }
            TallyRun.Plan plan = TallyRun.plan(tally.files, tally.title, election.name(), tally.input, tally.schemes,
                    tally.seats);
            TallyRun.Result run = TallyRun.run(plan, tally.input, tally.schemes, tally.seats, err,
                    tally.diagnostics.quiet, Optional.empty());
            RenderOptions options = tally.output.renderOptions();
            int code = run.rejected() > 0 ? ExitCodes.INCOMPLETE : ExitCodes.OK;
            err.flush();
            Map<String, String> files = new LinkedHashMap<>();
            plan.electionFile().ifPresent(f -> files.put(f.toString(), "election"));
            run.jurisdictionFile().ifPresent(f -> files.put(f, "jurisdictions"));
            if (AuditTrail.isSeatsFile(tally.seats.seatsFrom)) {
                files.put(tally.seats.seatsFrom, "seats");
            }
            return new Outcome(BatchResult.ran(election.name(), code, run.report(), options), stderr.toString(),
                    run.ingest().inputs(), files);
        } catch (RuntimeException e) {
            int code = ErrorHandler.exitCode(e);
            String message = code == ExitCodes.INTERNAL ? "internal error: " + e : e.getMessage();
            return failed(election, code, message, stderr);
        }
    }

    private static Outcome failed(BatchElection election, int code, String message, StringWriter stderr) {
        return new Outcome(BatchResult.failed(election.name(), code, election.origin() + ": " + message),
                stderr.toString(), List.of(), Map.of());
    }
}
