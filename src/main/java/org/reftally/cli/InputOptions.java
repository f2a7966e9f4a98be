package org.reftally.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.InputKind;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import picocli.CommandLine.Option;

/** Options that say how to read the inputs: their kind, contests, options and jurisdictions. */
final class InputOptions {

    @Option(names = "--input", paramLabel = "KIND",
            description = "Kind of every input: ${COMPLETION-CANDIDATES}. Default: detected from each header.")
    InputKind kind;

    @Option(names = "--contest", paramLabel = "NAME",
            description = "Tally only this contest (a ballot column or a returns 'contest' value).")
    String contest;

    @Option(names = "--options", paramLabel = "[CONTEST=]A,B,...",
            description = "Declare the options (default YES,NO for ballots; the columns or values of returns)."
                    + " CONTEST=A,B declares them for one contest. Repeatable.")
    List<String> options = new ArrayList<>();

    @Option(names = {"-j", "--jurisdictions"}, paramLabel = "SET",
            description = "Jurisdiction set: us, ch, au, or a CSV file code,name[,weight][,population]"
                    + "[,electorate][,electors]. Default: the rule's set, else those found in the input.")
    String jurisdictions;

    @Option(names = "--strict", description = "Stop at the first rejected row; write no report (exit 3).")
    boolean strict;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Write every rejected row to FILE as CSV file,line,reason,raw."
                    + " Without it the first 20 go to stderr.")
    Path rejects;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads reading a large ballots file (default 0: one per processor). The output is"
                    + " the same for any N.")
    int threads;

    /** The file {@code -j} names, or empty when it names a built-in set or nothing. */
    Optional<Path> jurisdictionFile() {
        if (jurisdictions == null || jurisdictions.isBlank()
                || JurisdictionSets.builtInNames().contains(jurisdictions.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(jurisdictions.strip()));
    }

    /**
     * Refuses, before anything is read, a report or rejects file that would overwrite a file the
     * run reads: the inputs, the folder's {@code election.json}, the jurisdiction file.
     *
     * @return every file the run reads
     */
    List<Path> protectFromOutputs(List<Path> inputs, Optional<Path> electionFile, OutputOptions output) {
        List<Path> read = new ArrayList<>(inputs);
        electionFile.ifPresent(read::add);
        jurisdictionFile().ifPresent(read::add);
        output.check(read);
        checkRejects(read, output.output);
        return read;
    }

    /**
     * Refuses a {@code --rejects} file that is a directory, one of {@code inputs}, or the report
     * file itself (one would overwrite the other), before anything is read.
     */
    void checkRejects(Collection<Path> inputs, Path report) {
        if (rejects == null) {
            return;
        }
        AtomicOutput.check(rejects, inputs);
        if (report != null && AtomicOutput.samePlace(rejects, report)) {
            throw new FileProblemException(rejects + ": is also the report file (-o); give the rejects a file of"
                    + " their own");
        }
    }

    /** The declared options by contest ("" for every contest). */
    Map<String, List<OptionId>> declaredOptions() {
        Map<String, List<OptionId>> map = new LinkedHashMap<>();
        for (String spec : options) {
            int eq = spec.indexOf('=');
            String contestName = eq < 0 ? "" : spec.substring(0, eq).strip();
            String list = eq < 0 ? spec : spec.substring(eq + 1);
            List<OptionId> ids = new ArrayList<>();
            for (String name : list.split(",", -1)) {
                if (name.isBlank()) {
                    throw new UsageException("--options " + spec + ": an option name is empty");
                }
                ids.add(OptionId.of(name));
            }
            if (map.put(contestName, List.copyOf(ids)) != null) {
                throw new UsageException("--options given twice for "
                        + (contestName.isEmpty() ? "every contest" : "contest " + contestName));
            }
        }
        return map;
    }

    IngestOptions toIngestOptions(Optional<JurisdictionSet> set) {
        try {
            return new IngestOptions(kind == null ? InputKind.AUTO : kind, Optional.ofNullable(contest),
                    declaredOptions(), set, strict, threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
