package org.reftally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reftally.ingest.ElectionFile;
import org.reftally.ingest.Generator;
import org.reftally.ingest.GeneratorArguments;
import org.reftally.ingest.GeneratorSpec;
import org.reftally.ingest.Ingest;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.ingest.ReturnsExpander;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally generate}: a synthetic ballot file, or a returns file expanded into ballots. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a synthetic ballot file ballot_id,jurisdiction,choice: the same seed gives the same"
                + " bytes, and it streams, so 100 million ballots need no more memory than 1,000.",
            "Or expand a returns file into individual ballots (--from-returns) that tally back to it exactly."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-j", "--jurisdictions"}, paramLabel = "SET", description = "us, ch, au or a set file.")
    String jurisdictions;

    @Option(names = "--ballots", paramLabel = "N", description = "Data rows to write (faulty rows included).")
    Long ballots;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (default 0).")
    long seed;

    @Option(names = "--share", paramLabel = "OPT=F,...", description = "National share per option, e.g."
            + " YES=0.48,NO=0.52 (default YES=0.5,NO=0.5).")
    String share;

    @Option(names = "--spread", paramLabel = "F", description = "How far each state's share may differ from"
            + " the national one, e.g. 0.05.")
    String spread;

    @Option(names = "--state-share", paramLabel = "CODE:OPT=F", description = "A jurisdiction's own share,"
            + " e.g. CA:YES=0.58. Repeatable.")
    List<String> stateShares = new ArrayList<>();

    @Option(names = "--blank", paramLabel = "F", description = "Share of blank ballots, e.g. 0.01.")
    String blank;

    @Option(names = "--invalid", paramLabel = "F", description = "Share of invalid ballots (overvotes and"
            + " unrecognised answers).")
    String invalid;

    @Option(names = "--duplicates", paramLabel = "N|F", description = "Rows repeating an earlier ballot_id:"
            + " a count, or a share of the rows (floor).")
    String duplicates;

    @Option(names = "--malformed", paramLabel = "N|F", description = "Rows with the wrong number of cells:"
            + " a count, or a share of the rows (floor).")
    String malformed;

    @Option(names = "--from-returns", paramLabel = "FILE", description = "Expand this returns file into ballots.")
    Path fromReturns;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: stdout).")
    Path output;

    @Option(names = "--election-file", description = "Also write an election.json beside -o FILE.")
    boolean electionFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (electionFile && output == null) {
            throw new UsageException("--election-file needs -o FILE: the election.json is written beside it");
        }
        if (output != null) {
            AtomicOutput.check(output, fromReturns == null ? List.of() : List.of(fromReturns));
            AtomicOutput.write(output, this::write);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            write(out);
            out.flush();
        }
        if (electionFile) {
            Path folder = output.toAbsolutePath().getParent();
            ElectionFile election = new ElectionFile(folder, Optional.of("Synthetic referendum (seed " + seed + ")"),
                    Optional.empty(), List.of(output.toAbsolutePath()), jurisdictions == null ? Map.of()
                            : Map.of("jurisdictions", List.of(jurisdictions)));
            AtomicOutput.write(folder.resolve(ElectionFile.NAME), w -> w.write(election.toJson()));
        }
        return ExitCodes.OK;
    }

    private void write(Writer out) throws IOException {
        try {
            if (fromReturns != null) {
                Optional<JurisdictionSet> set = Optional.ofNullable(jurisdictions).map(JurisdictionSets::load);
                IngestOptions options = set.map(IngestOptions.defaults()::withJurisdictions)
                        .orElse(IngestOptions.defaults());
                List<ContestTally> contests = Ingest.read(List.of(fromReturns), options, r -> {
                    throw new org.reftally.ingest.InputFileException(r + " (fix the returns before expanding them)");
                }).tally().contests();
                if (contests.size() != 1) {
                    throw new UsageException(fromReturns + ": holds " + contests.size() + " contests; expand one");
                }
                ReturnsExpander.of(contests.get(0), seed).write(out);
                return;
            }
            Generator.write(spec(), out);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private GeneratorSpec spec() {
        if (jurisdictions == null || ballots == null) {
            throw new UsageException("give --jurisdictions SET and --ballots N (or --from-returns FILE)");
        }
        GeneratorSpec.Builder b = GeneratorSpec.builder(JurisdictionSets.load(jurisdictions), ballots).seed(seed);
        if (share != null) {
            b.shares(GeneratorArguments.shares("--share", share));
        }
        if (spread != null) {
            b.spread(GeneratorArguments.share("--spread", spread));
        }
        if (blank != null) {
            b.blank(GeneratorArguments.share("--blank", blank));
        }
        if (invalid != null) {
            b.invalid(GeneratorArguments.share("--invalid", invalid));
        }
        for (String s : stateShares) {
            GeneratorArguments.JurisdictionShares js = GeneratorArguments.jurisdictionShares("--state-share", s);
            b.share(js.jurisdiction(), js.shares());
        }
        if (duplicates != null) {
            b.duplicates(GeneratorArguments.amount("--duplicates", duplicates));
        }
        if (malformed != null) {
            b.malformed(GeneratorArguments.amount("--malformed", malformed));
        }
        return b.build();
    }
}
