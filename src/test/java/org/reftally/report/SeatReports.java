package org.reftally.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Unit;
import org.reftally.scheme.Electoral;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.Proportional;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.SeatSource;
import org.reftally.scheme.seats.SeatMethod;
import org.reftally.scheme.seats.SeatThreshold;
import org.reftally.scheme.seats.TiePolicy;

/**
 * Small reports decided by the real seat schemes, for the tests of their details in the human
 * formats. Every figure is worked out by hand in the Javadoc of the method that builds it.
 */
final class SeatReports {

    private SeatReports() {
    }

    /**
     * One house of 7 seats shared nationally by D'Hondt with a 5% threshold. Votes A 4,200, B
     * 2,900, C 1,500, D 400 of 9,000: D has 4.44%, below 5%, so the eligible votes are 8,600. The
     * quotients in order: A 4200/1, B 2900/1, A 4200/2, C 1500/1, B 2900/2, A 4200/3, A 4200/4 =
     * 1,050 for seat 7; next B 2900/3 = 966.6667, A 4200/5, C 1500/2, B 2900/4, A 4200/6. Seats A
     * 4, B 2, C 1; entitlements 7 x votes / 8,600: A 3.4186, B 2.3605, C 1.2209.
     */
    static Report national() {
        Contest contest = Contest.of("Council", "A", "B", "C", "D");
        ContestTally tally = tally(contest, Map.of("N", new long[] {4_200, 2_900, 1_500, 400}));
        JurisdictionSet set = JurisdictionSet.implicit(List.of(JurisdictionId.of("N")));
        Outcome outcome = new Proportional(new SeatSource.House(7), SeatSettings.of(SeatMethod.DHONDT)
                .withThreshold(SeatThreshold.parse("5%"))).evaluate(tally, set);
        return report("National house", tally, set, outcome);
    }

    /**
     * Seats given per jurisdiction, shared by Hare (largest remainder) with a 10% threshold within
     * each, ties by input order. J1, 5 seats: A 600, B 330, C 50, D 20; C and D are below 10%, so
     * A 5 x 600/930 = 3.2258 and B 1.7742: A 3, B 1 and the remaining seat to B (0.7742 > 0.2258).
     * J2, 2 seats: A, B and C 100 each, D 0 (below): each is entitled to 2/3, so both seats are
     * decided between equal remainders, by input order: A, then B. J3, 2 seats, no valid vote: not
     * awarded. J4 has no seats. Nationally A 4, B 3, C 0 (eligible in J2), D 0 (below everywhere)
     * of 9 seats, 7 awarded; entitlements A 3.2258 + 0.6667 = 3.8925, B 2.4409, C 0.6667.
     */
    static Report perJurisdiction() {
        Contest contest = Contest.of("Council", "A", "B", "C", "D");
        Map<String, long[]> votes = new LinkedHashMap<>();
        votes.put("J1", new long[] {600, 330, 50, 20});
        votes.put("J2", new long[] {100, 100, 100, 0});
        votes.put("J3", new long[] {0, 0, 0, 0});
        votes.put("J4", new long[] {10, 0, 0, 0});
        ContestTally tally = tally(contest, votes);
        JurisdictionSet set = JurisdictionSet.implicit(List.of(JurisdictionId.of("J1"), JurisdictionId.of("J2"),
                JurisdictionId.of("J3"), JurisdictionId.of("J4")));
        SeatSource given = new SeatSource.Given(Map.of(JurisdictionId.of("J1"), 5, JurisdictionId.of("J2"), 2,
                JurisdictionId.of("J3"), 2));
        Outcome outcome = new Proportional(given, SeatSettings.of(SeatMethod.HARE)
                .withThreshold(SeatThreshold.parse("10%")).withTies(TiePolicy.ORDER, 0)).evaluate(tally, set);
        return report("Seats per jurisdiction", tally, set, outcome);
    }

    /**
     * An electoral college of 24 electors (13 needed, more than half): S1 (10) to X 600 : 400
     * (60.00%); S2 (7) to Y with 501 of 1,000 (50.10%); S3 (4) tied, X and Y 250 each of 600
     * (41.67%), not awarded; S4 (3) without a valid vote, not awarded; S5 has no electors, Z leads
     * with 70 of 100. X 10, Y 7, 7 not awarded: nobody reaches 13, so no winner. Popular vote X
     * 1,160, Y 1,171, Z 369 of 2,700 (42.96%, 43.37%, 13.67%).
     */
    static Report electoral() {
        Contest contest = Contest.of("President", "X", "Y", "Z");
        Map<String, long[]> votes = new LinkedHashMap<>();
        votes.put("S1", new long[] {600, 400, 0});
        votes.put("S2", new long[] {300, 501, 199});
        votes.put("S3", new long[] {250, 250, 100});
        votes.put("S4", new long[] {0, 0, 0});
        votes.put("S5", new long[] {10, 20, 70});
        ContestTally tally = tally(contest, votes);
        JurisdictionSet set = new JurisdictionSet("States", List.of(state("S1", 10), state("S2", 7), state("S3", 4),
                state("S4", 3), new Jurisdiction(JurisdictionId.of("S5"), "S5", Fraction.ONE, OptionalLong.empty(),
                        OptionalLong.empty(), OptionalLong.empty())), false);
        return report("Electoral college", tally, set, new Electoral().evaluate(tally, set));
    }

    static Jurisdiction state(String code, long electors) {
        return new Jurisdiction(JurisdictionId.of(code), code, Fraction.ONE, OptionalLong.empty(),
                OptionalLong.empty(), OptionalLong.of(electors));
    }

    /** Valid votes per option in each jurisdiction; nothing blank or invalid, no electorate. */
    static ContestTally tally(Contest contest, Map<String, long[]> votes) {
        Map<Unit, Counts> counts = new LinkedHashMap<>();
        votes.forEach((code, v) -> counts.put(Unit.of(JurisdictionId.of(code)),
                new Counts(v, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED)));
        return new ContestTally(contest, counts);
    }

    private static Report report(String title, ContestTally tally, JurisdictionSet set, Outcome outcome) {
        return new Report(title, new ArrayList<>(), set, List.of(new Report.ContestResult(tally, List.of(outcome))),
                true);
    }

    /** What the text renderer writes from the first line of {@code heading} to the end. */
    static String from(String text, String heading) {
        int at = text.indexOf(heading);
        if (at < 0) {
            throw new AssertionError("no line " + heading + " in:\n" + text);
        }
        return text.substring(at);
    }
}
