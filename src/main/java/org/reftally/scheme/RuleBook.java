package org.reftally.scheme;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;

/**
 * The named rules, each a preset of scheme, thresholds, jurisdiction set and quorums with its
 * legal reference. The set names ({@code ch}, {@code au}, {@code us}) are loaded by the CLI.
 * Stateless and thread-safe.
 */
public final class RuleBook {

    private static final List<Rule> RULES = List.of(
            new Rule("ch-people-and-cantons", "Swiss Federal Constitution art. 140 and 142",
                    "A constitutional amendment needs more than half of the people and of the cantonal votes"
                            + " (more than 11.5 of 23; half-cantons weigh 1/2; a tied canton rejects).",
                    doubleMajority("ch", StatesRequirement.MAJORITY)),
            new Rule("ch-people", "Swiss Federal Constitution art. 141 and 142(1)",
                    "A federal act under optional referendum needs only more than half of the valid votes.",
                    RuleSettings.defaults(SchemeKind.MAJORITY)),
            new Rule("au-s128", "Australian Constitution s.128",
                    "Carried by a majority of all electors voting and a majority of electors in a majority of the"
                            + " States (4 of 6); territory votes count only in the national total.",
                    doubleMajority("au", StatesRequirement.MAJORITY)),
            new Rule("us-article-v", "US Constitution art. V (hypothetical national referendum for ratification)",
                    "Ratified when three quarters of the states approve (38 of 50) and a majority nationally;"
                            + " DC counts only in the national total.",
                    doubleMajority("us", new StatesRequirement.Share(Threshold.parse(">=3/4")))),
            new Rule("state-and-nation", "no statute: a \"double consensus\" study preset",
                    "Needs a majority nationally and in each state named with --require (e.g. California); there"
                            + " is no count of states.",
                    new RuleSettings(SchemeKind.DOUBLE_MAJORITY, Optional.empty(), Optional.empty(),
                            Threshold.SIMPLE_MAJORITY, Threshold.SIMPLE_MAJORITY, StatesRequirement.NONE, List.of(),
                            List.of(), true)),
            new Rule("it-art75", "Italian Constitution art. 75",
                    "Abrogative referendum: valid only if more than half of the electorate votes; then carried by"
                            + " more than half of the valid votes.",
                    majority(Quorum.parse("turnout>1/2"))),
            new Rule("hu-art8", "Hungarian Fundamental Law art. 8(4)",
                    "Valid only if more than half of all voters cast a valid vote; then decided by more than half"
                            + " of the valid votes.",
                    majority(Quorum.parse("valid>1/2"))));

    private RuleBook() {
    }

    /** Every rule, in the order {@code reftally rules} lists them. */
    public static List<Rule> all() {
        return RULES;
    }

    /** The rule named {@code name} (trimmed, any case), if there is one. */
    public static Optional<Rule> find(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return RULES.stream().filter(r -> r.name().equals(key)).findFirst();
    }

    /**
     * The rule named {@code name}.
     *
     * @throws SchemeException naming the known rules
     */
    public static Rule named(String name) {
        return find(name).orElseThrow(() -> new SchemeException("unknown rule '" + name + "' (known rules: "
                + RULES.stream().map(Rule::name).collect(Collectors.joining(", ")) + ")"));
    }

    private static RuleSettings doubleMajority(String set, StatesRequirement states) {
        return new RuleSettings(SchemeKind.DOUBLE_MAJORITY, Optional.of(set), Optional.empty(),
                Threshold.SIMPLE_MAJORITY, Threshold.SIMPLE_MAJORITY, states, List.of(), List.of(), false);
    }

    private static RuleSettings majority(Quorum quorum) {
        return new RuleSettings(SchemeKind.MAJORITY, Optional.empty(), Optional.empty(), Threshold.SIMPLE_MAJORITY,
                Threshold.SIMPLE_MAJORITY, StatesRequirement.MAJORITY, List.of(), List.of(quorum), false);
    }
}
