package org.reftally.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.InputSummary;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.model.Unit;
import org.reftally.scheme.Decision;
import org.reftally.scheme.DoubleMajority;
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.PluralityOutcome;
import org.reftally.scheme.PluralityOutcome.JurisdictionLeaders;
import org.reftally.scheme.QuorumCheck;
import org.reftally.scheme.RuleComparison;
import org.reftally.scheme.RuleComparison.Kind;
import org.reftally.scheme.RuleComparison.NotApplied;
import org.reftally.scheme.RuleComparison.Row;
import org.reftally.scheme.StatesRequirement;

/**
 * Reports built directly from model values and outcome records, shared by the renderer tests.
 *
 * <p>{@link #complete()}: YES/NO over three cantons, one a half-canton, with blank ballots,
 * overvotes and two unrecognised values, decided by majority (with a turnout quorum) and
 * plurality. Bern's YES share, 250,000 of 500,001, is just under one half: it must never read
 * 50.00%. {@link #incomplete()}: three options over a set taken from the input, with rejected
 * rows, blank ballots and electorate reported by only one jurisdiction.
 */
final class ReportFixtures {

    static final OptionId YES = OptionId.of("YES");
    static final OptionId NO = OptionId.of("NO");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private ReportFixtures() {
    }

    static Report complete() {
        Contest contest = Contest.of("Proposal 1", "YES", "NO");
        JurisdictionSet cantons = new JurisdictionSet("Test cantons", List.of(
                canton("ZH", "Zürich", Fraction.ONE),
                canton("BE", "Bern", Fraction.ONE),
                canton("AI", "Appenzell Innerrhoden", Fraction.HALF)), false);
        ContestTally tally = new ContestTally(contest, Map.of(
                unit("ZH"), counts(312_456, 287_544, Count.of(4_321), 1_234, 1_000,
                        Map.of("MAYBE", 200L, "Ja", 34L), Count.of(950_000)),
                unit("BE"), counts(250_000, 250_001, Count.of(3_000), 500, 450, Map.of("MAYBE", 50L),
                        Count.of(760_000)),
                unit("AI"), counts(4_000, 5_000, Count.of(100), 10, 10, Map.of(), Count.of(12_000))));
        Outcome majority = new MajorityOutcome("Proposal 1", Decision.ACCEPTED, Optional.of(YES),
                Threshold.SIMPLE_MAJORITY, Optional.of(YES), Optional.of(YES), 566_456, 1_109_001, true,
                List.of(new QuorumCheck(Quorum.parse("turnout>1/2"), 1_118_166, 1_722_000, true)),
                List.of("YES has 51.08% of valid votes (566,456 of 1,109,001), more than 1/2.",
                        "Turnout 64.93% (1,118,166 of 1,722,000) meets the quorum turnout>1/2."),
                "51.08% YES");
        Outcome plurality = new PluralityOutcome("Proposal 1", Decision.ACCEPTED, Optional.of(YES), List.of(YES),
                566_456, 1_109_001, List.of(
                        new JurisdictionLeaders(JurisdictionId.of("ZH"), List.of(YES), 312_456, 600_000),
                        new JurisdictionLeaders(JurisdictionId.of("BE"), List.of(NO), 250_001, 500_001),
                        new JurisdictionLeaders(JurisdictionId.of("AI"), List.of(NO), 5_000, 9_000)),
                List.of("YES has the most valid votes: 566,456 of 1,109,001."), "566,456 YES");
        InputSummary input = new InputSummary("returns/proposal-1.csv", SHA, 2_048, "returns", 3, 3, 0);
        return new Report("Referendum of 3 March 2024", List.of(input), cantons,
                List.of(new Report.ContestResult(tally, List.of(majority, plurality))), true);
    }

    static Report incomplete() {
        Contest contest = Contest.of("Flag", "Red", "Green", "Blue");
        JurisdictionSet set = JurisdictionSet.implicit(List.of(JurisdictionId.of("XA"), JurisdictionId.of("XB")));
        ContestTally tally = new ContestTally(contest, Map.of(
                unit("XA"), new Counts(new long[] {1_100, 50, 25}, Count.of(5), Count.of(2), 2, Map.of(),
                        Count.of(4_000)),
                unit("XB"), new Counts(new long[] {10, 20, 30}, Count.NOT_REPORTED, Count.of(0), 0, Map.of(),
                        Count.NOT_REPORTED)));
        Outcome plurality = new PluralityOutcome("Flag", Decision.ACCEPTED, Optional.of(OptionId.of("Red")),
                List.of(OptionId.of("Red")), 1_110, 1_235, List.of(),
                List.of("Red has the most valid votes: 1,110 of 1,235."), "1,110 Red");
        List<InputSummary> inputs = List.of(
                new InputSummary("a.csv", SHA, 120, "ballots", 1_180, 1_179, 1),
                new InputSummary("b.csv", SHA, 80, "ballots", 62, 61, 1));
        return new Report("Flag vote", inputs, set,
                List.of(new Report.ContestResult(tally, List.of(plurality))), false);
    }

    /**
     * The cantons of {@link #complete()} and a weight-0 territory XT (700 YES, 300 NO), decided by
     * the people and the cantons with ZH required and a turnout quorum: the people approve
     * (567,156 of 1,110,001, 51.10%), ZH approves (52.08%), Bern does not (49.9999%), nor AI
     * (44.44%); XT approves but weighs 0, so the cantons tally is 1 : 1.5 of 2.5 and the proposal
     * is rejected. Computed by the real scheme, so the report shows what the scheme decided.
     */
    static Report doubleMajority() {
        Report base = complete();
        JurisdictionSet cantons = new JurisdictionSet("Test cantons", List.of(
                canton("ZH", "Zürich", Fraction.ONE),
                canton("BE", "Bern", Fraction.ONE),
                canton("AI", "Appenzell Innerrhoden", Fraction.HALF),
                canton("XT", "Territory", Fraction.ZERO)), false);
        ContestTally tally = base.contests().get(0).tally().plus(new ContestTally(base.contests().get(0).tally()
                .contest(), Map.of(unit("XT"), counts(700, 300, Count.of(0), 0, 0, Map.of(), Count.of(1_500)))));
        Outcome outcome = new DoubleMajority(Optional.empty(), Threshold.SIMPLE_MAJORITY, Threshold.SIMPLE_MAJORITY,
                StatesRequirement.MAJORITY, List.of(JurisdictionId.of("ZH")), List.of(Quorum.parse("turnout>1/2")))
                .evaluate(tally, cantons);
        return new Report("Double majority of 3 March 2024", base.inputs(), cantons,
                List.of(new Report.ContestResult(tally, List.of(outcome))), true);
    }

    /**
     * The contest of {@link #complete()} compared under four candidates: plurality and majority
     * accept YES (566,456 of 1,109,001, 51.08%); the people and the cantons, computed by the real
     * scheme, reject it (ZH alone approves: 1 : 1.5 of 2.5), with a note that the set replaced
     * the rule's; two rules are not applied, one with a reason holding a comma and quotes.
     */
    static ComparisonReport comparison() {
        Report base = complete();
        ContestTally tally = base.contests().get(0).tally();
        List<Outcome> outcomes = base.contests().get(0).outcomes();
        Outcome cantons = DoubleMajority.peopleAndStates().evaluate(tally, base.jurisdictions());
        RuleComparison c = new RuleComparison("Proposal 1", List.of(
                new Row("plurality", Kind.SCHEME, "the option with the most valid votes wins", "Test cantons",
                        outcomes.get(1), List.of()),
                new Row("majority", Kind.SCHEME, "more than half of the valid votes", "Test cantons", outcomes.get(0),
                        List.of()),
                new Row("ch-people-and-cantons", Kind.RULE, "Swiss Federal Constitution art. 140 and 142",
                        "Test cantons", cantons, List.of("--jurisdictions Test cantons overrides the rule's ch"))),
                List.of(new NotApplied("state-and-nation", Kind.RULE, "this rule needs at least one state that must"
                        + " approve: give --require with a jurisdiction code, e.g. --require CA"),
                        new NotApplied("au-s128", Kind.RULE, "jurisdiction set au does not list \"AI\", BE and ZH")));
        return new ComparisonReport("Rules compared", base.inputs(), base.jurisdictions(), List.of(c), true);
    }

    /** Two cantons, one counted in two areas, one in one; no outcome. */
    static Report withAreas() {
        Contest contest = Contest.of("Proposal 1", "YES", "NO");
        JurisdictionSet cantons = new JurisdictionSet("Test cantons", List.of(
                canton("ZH", "Zürich", Fraction.ONE), canton("BE", "Bern", Fraction.ONE)), false);
        ContestTally tally = new ContestTally(contest, Map.of(
                new Unit(JurisdictionId.of("ZH"), "Winterthur"),
                counts(60, 40, Count.of(1), 0, 0, Map.of(), Count.of(200)),
                new Unit(JurisdictionId.of("ZH"), "Uster"),
                counts(30, 70, Count.of(2), 1, 1, Map.of(), Count.NOT_REPORTED),
                new Unit(JurisdictionId.of("BE"), "Thun"),
                counts(5, 5, Count.of(0), 0, 0, Map.of(), Count.of(20))));
        return new Report("Areas", List.of(), cantons, List.of(new Report.ContestResult(tally, List.of())), true);
    }

    static Counts counts(long yes, long no, Count blank, long invalid, long overvotes, Map<String, Long> unrecognised,
            Count electorate) {
        return new Counts(new long[] {yes, no}, blank, Count.of(invalid), overvotes, unrecognised, electorate);
    }

    static Unit unit(String code) {
        return Unit.of(JurisdictionId.of(code));
    }

    static Jurisdiction canton(String code, String name, Fraction weight) {
        return new Jurisdiction(JurisdictionId.of(code), name, weight, OptionalLong.empty(), OptionalLong.empty(),
                OptionalLong.empty());
    }

    /** The full output of a renderer, as a string. */
    static String render(Renderer renderer, Report report) throws java.io.IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        renderer.render(report, RenderOptions.DEFAULT, out);
        return out.toString();
    }
}
