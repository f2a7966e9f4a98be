package org.reftally.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.Overrides;
import org.reftally.scheme.Rule;
import org.reftally.scheme.RuleBook;
import org.reftally.scheme.RuleSettings;
import org.reftally.scheme.SchemeKind;
import org.reftally.scheme.StatesRequirement;
import picocli.CommandLine.Option;

/** Options that choose the counting rules and their parameters. */
final class SchemeOptions {

    @Option(names = "--scheme", paramLabel = "SCHEME", split = ",",
            description = "Counting rule(s): plurality, majority, double-majority, proportional, electoral."
                    + " Repeatable."
                    + " Default: the rule's, else majority.")
    List<String> schemes = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "NAME",
            description = "A named rule that sets scheme, thresholds, jurisdiction set and quorums"
                    + " (see 'reftally rules'). Options given with it override it.")
    String rule;

    @Option(names = "--proposal", paramLabel = "OPTION",
            description = "The option put to the vote. Default: YES when the contest has it.")
    String proposal;

    @Option(names = "--threshold", paramLabel = "T", converter = Converters.ThresholdConverter.class,
            description = "National share of valid votes needed: >1/2 (default), >=2/3, >=55%%, ...")
    Threshold threshold;

    @Option(names = "--state-threshold", paramLabel = "T", converter = Converters.ThresholdConverter.class,
            description = "Share with which a state approves (double-majority). Default >1/2; a tie rejects.")
    Threshold stateThreshold;

    @Option(names = "--states", paramLabel = "REQ", converter = Converters.StatesConverter.class,
            description = "Approving state weight needed (double-majority): >1/2 of the weight (default),"
                    + " >=3/4, an absolute >=38, or none.")
    StatesRequirement states;

    @Option(names = "--require", paramLabel = "CODE", split = ",",
            description = "A state that must itself approve (double-majority). Repeatable.")
    List<String> required;

    @Option(names = "--quorum", paramLabel = "Q", converter = Converters.QuorumConverter.class,
            description = "turnout>1/2 (cast/electorate), valid>1/2 (valid/electorate) or approval>=1/4"
                    + " (proposal/electorate). Repeatable.")
    List<Quorum> quorums;

    @Option(names = "--counter-proposal", paramLabel = "INITIATIVE,COUNTER,TIEBREAK", split = ",",
            description = "Decide a Swiss initiative with a counter-proposal (Federal Constitution art. 139b):"
                    + " the three contests, the tie-break's options naming the other two.")
    List<String> counterProposal;

    /** The contests of a counter-proposal vote: initiative, counter-proposal, tie-break question. */
    Optional<List<String>> counterProposal() {
        if (counterProposal == null) {
            return Optional.empty();
        }
        if (counterProposal.size() != 3) {
            throw new UsageException("--counter-proposal takes three contests: INITIATIVE,COUNTER,TIEBREAK");
        }
        return Optional.of(List.copyOf(counterProposal));
    }

    /** The named rule, if one was given. */
    Optional<Rule> namedRule() {
        return Optional.ofNullable(rule).map(RuleBook::named);
    }

    /** The effective settings of each scheme requested, with notes on what overrode the rule. */
    List<RuleSettings.Effective> effective(Optional<String> jurisdictions) {
        Optional<Rule> named = namedRule();
        List<SchemeKind> kinds = schemes.stream().map(SchemeKind::parse).toList();
        if (kinds.isEmpty()) {
            kinds = List.of(named.map(r -> r.settings().scheme()).orElse(SchemeKind.MAJORITY));
        }
        boolean besideRulesOwn = named.isPresent() && kinds.contains(named.get().settings().scheme());
        List<RuleSettings.Effective> result = new ArrayList<>();
        for (SchemeKind kind : kinds) {
            Overrides given = overrides();
            if (jurisdictions.isPresent()) {
                given = given.withJurisdictionSet(jurisdictions.get());
            }
            RuleSettings base;
            if (named.isPresent()) {
                base = named.get().settings();
                given = given.withScheme(kind);
            } else {
                base = RuleSettings.defaults(kind);
            }
            result.add(base.overriding(given, besideRulesOwn));
        }
        return result;
    }

    private Overrides overrides() {
        Overrides o = Overrides.none();
        if (proposal != null) {
            o = o.withProposal(proposal);
        }
        if (threshold != null) {
            o = o.withThreshold(threshold);
        }
        if (stateThreshold != null) {
            o = o.withStateThreshold(stateThreshold);
        }
        if (states != null) {
            o = o.withStates(states);
        }
        if (required != null) {
            o = o.withRequired(required.stream().map(JurisdictionId::of).toList());
        }
        if (quorums != null) {
            o = o.withQuorums(quorums);
        }
        return o;
    }
}
