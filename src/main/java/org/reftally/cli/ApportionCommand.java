package org.reftally.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionSet;
import org.reftally.report.ApportionRenderer;
import org.reftally.report.ApportionRenderers;
import org.reftally.scheme.Apportionment;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.seats.FixedRounding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reftally apportion}: seats among jurisdictions by population, by a method or a fixed divisor. */
@Command(name = "apportion", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apportion seats among jurisdictions by population: N seats by a method (the US House:"
                + " --seats 435 --method huntington-hill --min-seats 1), or one seat per D people (--per D).",
            "Jurisdictions of weight 0 (territories, DC) are left out, as 2 U.S.C. 2a leaves out DC."})
final class ApportionCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "CSV jurisdiction[,name],population (or use --jurisdictions).")
    Path file;

    @Option(names = {"-j", "--jurisdictions"}, paramLabel = "SET",
            description = "Use the population column of a jurisdiction set: us, ch, au, or a file.")
    String jurisdictions;

    @Option(names = "--per", paramLabel = "D",
            description = "One seat per D people (a fixed divisor); the house size follows from the rule.")
    String per;

    @Option(names = "--round", paramLabel = "HOW",
            description = "With --per: nearest (half up, default), up or down.")
    String round;

    @Mixin
    SeatOptions seats;

    @Mixin
    OutputOptions output;

    @Mixin
    DiagnosticOptions diagnostics;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (jurisdictions == null)) {
            throw new UsageException("give either a population FILE or --jurisdictions SET");
        }
        output.check(file == null ? List.of() : List.of(file));
        JurisdictionSet loaded = JurisdictionSets.load(file != null ? file.toString() : jurisdictions);
        JurisdictionSet set = new JurisdictionSet(loaded.name(),
                loaded.members().stream().filter(j -> j.countsAsState()).toList(), false);
        ApportionmentResult result = apportion(set);
        ApportionRenderer renderer = ApportionRenderers.forFormat(output.format);
        PrintWriter out = spec.commandLine().getOut();
        if (output.output == null) {
            renderer.render(result, output.renderOptions(), out);
            out.flush();
        } else {
            AtomicOutput.write(output.output, w -> renderer.render(result, output.renderOptions(), w));
        }
        return ExitCodes.OK;
    }

    private ApportionmentResult apportion(JurisdictionSet set) {
        try {
            if (per != null) {
                FixedRounding rounding = round == null ? FixedRounding.NEAREST : FixedRounding.parse(round);
                int min = seats.minSeats == null ? 0 : seats.minSeats;
                return Apportionment.fixedDivisor(set, Fraction.parse(per), rounding, min);
            }
            if (seats.seats == null) {
                throw new UsageException("give --seats N (with --method), or --per D");
            }
            return Apportionment.apportion(set, seats.seats, seats.settings());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
