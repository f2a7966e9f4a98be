package org.reftally.scheme;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;

/**
 * The settings a user gave explicitly, each empty when not given; applied over a rule with
 * {@link RuleSettings#overriding}. The command-line options they stand for, used in override
 * notes: {@code --scheme}, {@code --jurisdictions}, {@code --proposal}, {@code --threshold},
 * {@code --state-threshold}, {@code --states}, {@code --require}, {@code --quorum}. Immutable.
 */
public record Overrides(
        Optional<SchemeKind> scheme,
        Optional<String> jurisdictionSet,
        Optional<String> proposal,
        Optional<Threshold> threshold,
        Optional<Threshold> stateThreshold,
        Optional<StatesRequirement> states,
        Optional<List<JurisdictionId>> required,
        Optional<List<Quorum>> quorums) {

    public Overrides {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(jurisdictionSet, "jurisdictionSet");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(stateThreshold, "stateThreshold");
        Objects.requireNonNull(states, "states");
        required = required.map(List::copyOf);
        quorums = quorums.map(List::copyOf);
    }

    /** Nothing given explicitly. */
    public static Overrides none() {
        return new Overrides(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Overrides withScheme(SchemeKind value) {
        return new Overrides(Optional.of(value), jurisdictionSet, proposal, threshold, stateThreshold, states,
                required, quorums);
    }

    public Overrides withJurisdictionSet(String value) {
        return new Overrides(scheme, Optional.of(value), proposal, threshold, stateThreshold, states, required,
                quorums);
    }

    public Overrides withProposal(String value) {
        return new Overrides(scheme, jurisdictionSet, Optional.of(value), threshold, stateThreshold, states, required,
                quorums);
    }

    public Overrides withThreshold(Threshold value) {
        return new Overrides(scheme, jurisdictionSet, proposal, Optional.of(value), stateThreshold, states, required,
                quorums);
    }

    public Overrides withStateThreshold(Threshold value) {
        return new Overrides(scheme, jurisdictionSet, proposal, threshold, Optional.of(value), states, required,
                quorums);
    }

    public Overrides withStates(StatesRequirement value) {
        return new Overrides(scheme, jurisdictionSet, proposal, threshold, stateThreshold, Optional.of(value),
                required, quorums);
    }

    public Overrides withRequired(List<JurisdictionId> value) {
        return new Overrides(scheme, jurisdictionSet, proposal, threshold, stateThreshold, states,
                Optional.of(value), quorums);
    }

    public Overrides withQuorums(List<Quorum> value) {
        return new Overrides(scheme, jurisdictionSet, proposal, threshold, stateThreshold, states, required,
                Optional.of(value));
    }
}
