package org.reftally.cli;

import java.util.List;
import java.util.Optional;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.Comparisons;
import picocli.CommandLine.Option;

/**
 * The options of {@code reftally compare} that bear on the rules: the proposal, and the states a
 * study rule requires. Nothing else can change a rule here: compare shows each rule as written.
 */
final class CompareOptions {

    @Option(names = "--proposal", paramLabel = "OPTION",
            description = "The option put to the vote under every rule. Default: YES when the contest has it.")
    String proposal;

    @Option(names = "--require", paramLabel = "CODE", split = ",",
            description = "A state that must itself approve, for the rules that need one (state-and-nation)."
                    + " Repeatable.")
    List<String> required = List.of();

    /** What the comparison needs from the user; {@code given} is the set named with --jurisdictions. */
    Comparisons.Request request(Optional<JurisdictionSet> given) {
        return new Comparisons.Request(given.isPresent(), Optional.ofNullable(proposal),
                required.stream().map(JurisdictionId::of).toList(), JurisdictionSets::load);
    }
}
