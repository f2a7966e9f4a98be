package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;
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
import org.reftally.model.Percent;
import org.reftally.model.Threshold;
import org.reftally.model.Unit;
import org.reftally.scheme.Decision;
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.PluralityOutcome;

/** Reports for the HTML tests, built from seeded random counts so every run sees the same data. */
final class SampleReports {

    static final String[][] US = {
        {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
        {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
        {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
        {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
        {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
        {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
        {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
        {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
        {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
        {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
        {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"}};

    static final String[][] CH = {
        {"ZH", "Zürich"}, {"BE", "Bern"}, {"LU", "Luzern"}, {"UR", "Uri"}, {"SZ", "Schwyz"}, {"OW", "Obwalden"},
        {"NW", "Nidwalden"}, {"GL", "Glarus"}, {"ZG", "Zug"}, {"FR", "Fribourg"}, {"SO", "Solothurn"},
        {"BS", "Basel-Stadt"}, {"BL", "Basel-Landschaft"}, {"SH", "Schaffhausen"}, {"AR", "Appenzell Ausserrhoden"},
        {"AI", "Appenzell Innerrhoden"}, {"SG", "St. Gallen"}, {"GR", "Graubünden"}, {"AG", "Aargau"},
        {"TG", "Thurgau"}, {"TI", "Ticino"}, {"VD", "Vaud"}, {"VS", "Valais"}, {"NE", "Neuchâtel"},
        {"GE", "Genève"}, {"JU", "Jura"}};

    static final String[][] AU = {
        {"NSW", "New South Wales"}, {"VIC", "Victoria"}, {"QLD", "Queensland"}, {"WA", "Western Australia"},
        {"SA", "South Australia"}, {"TAS", "Tasmania"}, {"ACT", "Australian Capital Territory"},
        {"NT", "Northern Territory"}};

    private SampleReports() {
    }

    static JurisdictionSet set(String name, String[][] members) {
        List<Jurisdiction> list = new ArrayList<>();
        for (String[] m : members) {
            list.add(new Jurisdiction(JurisdictionId.of(m[0]), m[1], Fraction.ONE, OptionalLong.empty(),
                    OptionalLong.empty(), OptionalLong.empty()));
        }
        return new JurisdictionSet(name, list, false);
    }

    /** A yes/no referendum over {@code set} with seeded counts; the majority decision is exact. */
    static Report yesNo(JurisdictionSet set, long seed, boolean complete) {
        Contest contest = Contest.of("Proposition 1", "YES", "NO");
        Random random = new Random(seed);
        Map<Unit, Counts> units = new TreeMap<>();
        for (Jurisdiction j : set.members()) {
            long electorate = 50_000 + random.nextInt(4_000_000);
            long cast = electorate * (45 + random.nextInt(35)) / 100;
            long blank = cast * random.nextInt(20) / 1000;
            long invalid = cast * random.nextInt(10) / 1000;
            long valid = cast - blank - invalid;
            long yes = valid * (28 + random.nextInt(46)) / 100;
            units.put(Unit.of(j.id()), counts(new long[] {yes, valid - yes}, blank, invalid, electorate));
        }
        return report("Referendum on Proposition 1", set, new ContestTally(contest, units), complete);
    }

    static Counts counts(long[] votes, long blank, long invalid, long electorate) {
        return new Counts(votes, Count.of(blank), Count.of(invalid), 0, Map.of(), Count.of(electorate));
    }

    /** A report of one contest with a majority and a plurality outcome computed from its totals. */
    static Report report(String title, JurisdictionSet set, ContestTally tally, boolean complete) {
        return new Report(title, List.of(input(complete)), set,
                List.of(new Report.ContestResult(tally, outcomes(tally, set))), complete);
    }

    static InputSummary input(boolean complete) {
        return new InputSummary("data/ballots-2024.csv",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 1_234_567, "returns",
                complete ? 1_000 : 1_003, 1_000, complete ? 0 : 3);
    }

    static List<Outcome> outcomes(ContestTally tally, JurisdictionSet set) {
        Contest contest = tally.contest();
        Counts totals = tally.totals(set);
        long valid = totals.valid();
        OptionId first = contest.option(0);
        long votes = totals.votes(0);
        Threshold threshold = Threshold.SIMPLE_MAJORITY;
        boolean met = threshold.isMet(votes, valid);
        String share = Percent.of(votes, valid, 2, threshold.bound());
        MajorityOutcome majority = new MajorityOutcome(contest.name(), met ? Decision.ACCEPTED : Decision.REJECTED,
                met ? java.util.Optional.of(first) : java.util.Optional.empty(), threshold,
                java.util.Optional.of(first), java.util.Optional.of(first), votes, valid, met, List.of(),
                List.of(first + " has " + share + " of valid votes (" + votes + " of " + valid + "), "
                        + (met ? "more" : "not more") + " than 1/2."),
                share + " " + first);
        int lead = 0;
        for (int i = 1; i < contest.optionCount(); i++) {
            if (totals.votes(i) > totals.votes(lead)) {
                lead = i;
            }
        }
        OptionId leader = contest.option(lead);
        PluralityOutcome plurality = new PluralityOutcome(contest.name(), Decision.ACCEPTED,
                java.util.Optional.of(leader), List.of(leader), totals.votes(lead), valid, List.of(),
                List.of(leader + " has the most valid votes: " + totals.votes(lead) + "."),
                Percent.of(totals.votes(lead), valid, 2) + " " + leader);
        return List.of(majority, plurality);
    }
}
