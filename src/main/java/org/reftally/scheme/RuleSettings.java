package org.reftally.scheme;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reftally.model.JurisdictionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;

/**
 * Everything that configures a count: the scheme, the jurisdiction set to load, the proposal,
 * the thresholds, the states requirement, the required states and the quorums. A named
 * {@link Rule} is a preset of these; options given explicitly override it through
 * {@link #overriding}, which also says what was overridden. Immutable and thread-safe.
 *
 * @param scheme           the counting rule
 * @param jurisdictionSet  the name of the jurisdiction set to load (e.g. {@code ch}); empty: the
 *                         set given separately, or the one made from the input
 * @param proposal         the option put to the vote; empty: YES when the contest has one
 * @param threshold        the national share of valid votes (majority and double majority)
 * @param stateThreshold   the share with which a state approves (double majority)
 * @param states           the approving state weight needed (double majority)
 * @param required         states that must approve themselves (double majority)
 * @param quorums          quorums (majority and double majority)
 * @param requiresRequired true when the rule is meaningless without a required state
 *                         ({@code state-and-nation}): {@link #toScheme} then refuses an empty list
 */
public record RuleSettings(
        SchemeKind scheme,
        Optional<String> jurisdictionSet,
        Optional<String> proposal,
        Threshold threshold,
        Threshold stateThreshold,
        StatesRequirement states,
        List<JurisdictionId> required,
        List<Quorum> quorums,
        boolean requiresRequired) {

    public RuleSettings {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(jurisdictionSet, "jurisdictionSet");
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(stateThreshold, "stateThreshold");
        Objects.requireNonNull(states, "states");
        required = List.copyOf(new LinkedHashSet<>(required));
        quorums = List.copyOf(quorums);
    }

    /** The defaults of a scheme: more than half everywhere, no set, no quorum, no required state. */
    public static RuleSettings defaults(SchemeKind scheme) {
        return new RuleSettings(scheme, Optional.empty(), Optional.empty(), Threshold.SIMPLE_MAJORITY,
                Threshold.SIMPLE_MAJORITY, StatesRequirement.MAJORITY, List.of(), List.of(), false);
    }

    /**
     * The scheme these settings describe.
     *
     * @throws SchemeException when a setting the rule needs is missing
     */
    public Scheme toScheme() {
        return toScheme(SeatRule.NONE);
    }

    /**
     * The scheme these settings describe, with {@code seats} for the seat schemes (proportional
     * and electoral), which no named rule presets.
     *
     * @throws SchemeException when a setting the rule needs is missing
     */
    public Scheme toScheme(SeatRule seats) {
        if (requiresRequired && required.isEmpty()) {
            throw new SchemeException("this rule needs at least one state that must approve: give --require"
                    + " with a jurisdiction code, e.g. --require CA");
        }
        return switch (scheme) {
            case PLURALITY -> new Plurality();
            case MAJORITY -> new Majority(proposal, threshold, quorums);
            case DOUBLE_MAJORITY -> new DoubleMajority(proposal, threshold, stateThreshold, states, required, quorums);
            case PROPORTIONAL -> new Proportional(seats.source().orElseThrow(() -> new SchemeException(
                    "the proportional scheme needs the seats: give --seats N (one national house) or --seats-from"
                            + " electors|population|FILE")), seats.settings());
            case ELECTORAL -> new Electoral(seats.electorsThreshold());
        };
    }

    /**
     * These settings with every option present in {@code given} replacing the rule's value, and a
     * note for each that differs, e.g. {@code --threshold >=2/3 overrides the rule's >1/2}, for the
     * report to show. Option names in the notes are the command-line names ({@link Overrides}).
     */
    public Effective overriding(Overrides given) {
        return overriding(given, false);
    }

    /**
     * As {@link #overriding(Overrides)}; with {@code besideOwnScheme}, the scheme given is reported
     * beside this rule's own scheme (both were asked for), so it changes nothing of the rule and its
     * note says that it is a comparison: {@code --scheme majority is reported beside the rule's
     * double-majority, which decides}.
     */
    public Effective overriding(Overrides given, boolean besideOwnScheme) {
        List<String> notes = new ArrayList<>();
        SchemeKind s;
        if (besideOwnScheme && given.scheme().isPresent()) {
            s = given.scheme().get();
            if (s != scheme) {
                notes.add("--scheme " + s.word() + " is reported beside the rule's " + scheme.word() + ", which decides");
            }
        } else {
            s = pick("--scheme", scheme, given.scheme(), SchemeKind::word, notes);
        }
        Optional<String> set = pickOptional("--jurisdictions", jurisdictionSet, given.jurisdictionSet(), notes);
        Optional<String> p = pickOptional("--proposal", proposal, given.proposal(), notes);
        Threshold t = pick("--threshold", threshold, given.threshold(), Threshold::toString, notes);
        Threshold st = pick("--state-threshold", stateThreshold, given.stateThreshold(), Threshold::toString, notes);
        StatesRequirement sr = pick("--states", states, given.states(), StatesRequirement::toString, notes);
        List<JurisdictionId> req = requiresRequired && required.isEmpty()
                ? given.required().orElse(required) // the rule asks for it: giving it overrides nothing
                : pick("--require", required, given.required().map(List::copyOf), RuleSettings::codes, notes);
        List<Quorum> q = pick("--quorum", quorums, given.quorums().map(List::copyOf), RuleSettings::quorumList,
                notes);
        return new Effective(new RuleSettings(s, set, p, t, st, sr, req, q, requiresRequired), notes);
    }

    /** Settings after overrides, with a note for every value an explicit option changed. */
    public record Effective(RuleSettings settings, List<String> notes) {
        public Effective {
            Objects.requireNonNull(settings, "settings");
            notes = List.copyOf(notes);
        }
    }

    private static <T> T pick(String option, T ruleValue, Optional<T> given, Function<T, String> show,
            List<String> notes) {
        if (given.isEmpty()) {
            return ruleValue;
        }
        if (!given.get().equals(ruleValue)) {
            notes.add(option + " " + show.apply(given.get()) + " overrides the rule's " + show.apply(ruleValue));
        }
        return given.get();
    }

    private static Optional<String> pickOptional(String option, Optional<String> ruleValue, Optional<String> given,
            List<String> notes) {
        if (given.isEmpty()) {
            return ruleValue;
        }
        if (ruleValue.isPresent() && !ruleValue.get().equalsIgnoreCase(given.get().strip())) {
            notes.add(option + " " + given.get().strip() + " overrides the rule's " + ruleValue.get());
        }
        return Optional.of(given.get().strip());
    }

    private static String codes(List<JurisdictionId> ids) {
        return ids.isEmpty() ? "none" : ids.stream().map(JurisdictionId::code).collect(Collectors.joining(","));
    }

    private static String quorumList(List<Quorum> qs) {
        return qs.isEmpty() ? "none" : qs.stream().map(Quorum::toString).collect(Collectors.joining(","));
    }
}
