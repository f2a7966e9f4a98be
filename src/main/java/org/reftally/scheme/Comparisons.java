package org.reftally.scheme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.reftally.model.ContestTally;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Tally;
import org.reftally.model.Unit;
import org.reftally.scheme.RuleComparison.Kind;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;

/**
 * Decides one tally under every scheme (with its defaults) and every named rule of the
 * {@link RuleBook} that applies to it, for {@code reftally compare}: the view that shows the
 * rule decides.
 *
 * <p>Applicability, candidate by candidate, in this order: the schemes in {@link SchemeKind}
 * order, then the rules in the book's order.
 * <ul>
 *   <li>A candidate with no jurisdiction set of its own counts against the input's set.
 *   <li>A rule with its own set ({@code ch}, {@code au}, {@code us}) applies when every
 *       jurisdiction of the contest is a member of that set (members missing from the input
 *       count as zero votes, and so do not approve); otherwise it is not applied, naming the
 *       strangers. A set the user gave ({@link Request#setGiven()}) replaces every rule's own,
 *       with a note, so that a study can apply any rule to any set.
 *   <li>A rule that needs required states ({@code state-and-nation}) takes the user's
 *       {@link Request#required()}; without them it is not applied and says what to give.
 *   <li>A candidate whose scheme cannot decide this input (no proposal, a quorum without an
 *       electorate) is not applied, with the scheme's own message ({@link SchemeException}).
 * </ul>
 * The proposal the user names applies to every candidate. No other option changes a rule: the
 * point is each rule as written.
 *
 * <p>Extension point: a new {@link SchemeKind} (electoral, proportional) must be added to the
 * switch in {@link #basis}, which does not compile until it is; its outcome then appears in every
 * comparison through the common {@link Outcome} fields. A rule added to the book is compared with
 * no change here. Pure: reads nothing but its arguments (sets are loaded through the given
 * function). Stateless and thread-safe.
 */
public final class Comparisons {

    /** How many of the input's jurisdictions a "not in set" reason names before "and N more". */
    private static final int NAMED = 3;

    private Comparisons() {
    }

    /**
     * What the user gave that bears on every candidate.
     *
     * @param setGiven true when the input's set was given by the user (it then replaces every
     *                 rule's own set); false when it was taken from the input
     * @param proposal the option put to the vote; empty: YES when the contest has it
     * @param required states that must approve, for the rules that need them
     * @param sets     loads a jurisdiction set by name ({@code ch}); called at most once per name
     */
    public record Request(boolean setGiven, Optional<String> proposal, List<JurisdictionId> required,
            Function<String, JurisdictionSet> sets) {
        public Request {
            Objects.requireNonNull(proposal, "proposal");
            required = List.copyOf(required);
            Objects.requireNonNull(sets, "sets");
        }
    }

    /** Every contest of {@code tally}, each under every applicable scheme and rule, in input order. */
    public static List<RuleComparison> compare(Tally tally, JurisdictionSet set, Request request) {
        Map<String, JurisdictionSet> loaded = new HashMap<>();
        List<RuleComparison> result = new ArrayList<>();
        for (ContestTally contest : tally.contests()) {
            result.add(applicable(contest, set, request, loaded));
        }
        return List.copyOf(result);
    }

    /** One contest under every applicable scheme and rule. */
    public static RuleComparison applicable(ContestTally tally, JurisdictionSet set, Request request) {
        return applicable(tally, set, request, new HashMap<>());
    }

    private static RuleComparison applicable(ContestTally tally, JurisdictionSet set, Request request,
            Map<String, JurisdictionSet> loaded) {
        List<Row> rows = new ArrayList<>();
        List<NotApplied> notApplied = new ArrayList<>();
        for (Candidate c : candidates(set, request)) {
            JurisdictionSet target = set;
            Optional<String> own = c.settings().settings().jurisdictionSet();
            if (!request.setGiven() && own.isPresent()) {
                target = loaded.computeIfAbsent(own.get().toLowerCase(java.util.Locale.ROOT), request.sets());
                List<JurisdictionId> strangers = strangers(tally, target);
                if (!strangers.isEmpty()) {
                    notApplied.add(new NotApplied(c.name(), c.kind(), "jurisdiction set " + target.name()
                            + " does not list " + named(strangers) + " of the input"));
                    continue;
                }
            }
            try {
                Outcome outcome = c.settings().settings().toScheme(SEATS).evaluate(tally, target);
                rows.add(new Row(c.name(), c.kind(), c.basis(), target.name(), outcome, c.settings().notes()));
            } catch (SchemeException e) {
                // Not a failure of the comparison: this rule cannot decide this input, and says why.
                notApplied.add(new NotApplied(c.name(), c.kind(), e.getMessage()));
            }
        }
        return new RuleComparison(tally.contest().name(), rows, notApplied);
    }

    /** A scheme or rule to compare, with its settings after the user's options. */
    private record Candidate(String name, Kind kind, String basis, RuleSettings.Effective settings) {
    }

    private static List<Candidate> candidates(JurisdictionSet set, Request request) {
        List<Candidate> candidates = new ArrayList<>();
        for (SchemeKind kind : SchemeKind.values()) {
            candidates.add(new Candidate(kind.word(), Kind.SCHEME, basis(kind),
                    RuleSettings.defaults(kind).overriding(overrides(set, request, false))));
        }
        for (Rule rule : RuleBook.all()) {
            candidates.add(new Candidate(rule.name(), Kind.RULE, rule.reference(),
                    rule.overriding(overrides(set, request, rule.settings().requiresRequired()))));
        }
        return candidates;
    }

    /** The seat schemes compare the way they are most often proposed: electors, shared or not. */
    private static final SeatRule SEATS = new SeatRule(Optional.of(new SeatSource.Electors()),
            SeatSettings.of(org.reftally.scheme.seats.SeatMethod.HARE), org.reftally.model.Threshold.SIMPLE_MAJORITY);

    /** What a scheme with its defaults decides by, in plain words. */
    static String basis(SchemeKind kind) {
        return switch (kind) {
            case PLURALITY -> "the option with the most valid votes wins";
            case MAJORITY -> "more than half of the valid votes";
            case DOUBLE_MAJORITY -> "more than half of the valid votes and of the jurisdictions' weight";
            case PROPORTIONAL -> "each jurisdiction's electors shared in proportion to its votes (Hamilton)";
            case ELECTORAL -> "winner-take-all electors in each jurisdiction; more than half of all electors";
        };
    }

    private static Overrides overrides(JurisdictionSet set, Request request, boolean takesRequired) {
        Overrides o = Overrides.none();
        if (request.proposal().isPresent()) {
            o = o.withProposal(request.proposal().get());
        }
        if (request.setGiven()) {
            o = o.withJurisdictionSet(set.name());
        }
        // Only a rule that needs required states takes them: a --require meant for state-and-nation
        // must not turn ch-people-and-cantons into a different rule.
        if (takesRequired && !request.required().isEmpty()) {
            o = o.withRequired(request.required());
        }
        return o;
    }

    /** The contest's jurisdictions that {@code set} does not list, by code. */
    private static List<JurisdictionId> strangers(ContestTally tally, JurisdictionSet set) {
        TreeSet<JurisdictionId> codes = new TreeSet<>();
        for (Unit unit : tally.units().keySet()) {
            if (!set.contains(unit.jurisdiction())) {
                codes.add(unit.jurisdiction());
            }
        }
        return List.copyOf(codes);
    }

    /** {@code ZH}, {@code ZH, BE and LU}, {@code ZH, BE, LU and 23 more}. */
    private static String named(List<JurisdictionId> codes) {
        if (codes.size() <= NAMED) {
            return Text.and(codes);
        }
        return String.join(", ", codes.subList(0, NAMED).stream().map(JurisdictionId::code).toList()) + " and "
                + (codes.size() - NAMED) + " more";
    }
}
