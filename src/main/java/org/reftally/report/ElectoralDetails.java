package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;
import org.reftally.model.OptionId;
import org.reftally.report.SchemeDetails.Section;
import org.reftally.report.Table.Align;
import org.reftally.scheme.ElectoralOutcome;
import org.reftally.scheme.ElectoralOutcome.JurisdictionElectors;
import org.reftally.scheme.ElectoralOutcome.OptionElectors;

/**
 * An electoral-college count's own figures: each option's electors and the jurisdictions it won
 * beside its popular vote, with the electors not awarded, the total and the number needed to win
 * (270 of 538 in the US, U.S. Const. amend. XII); then each jurisdiction's electors, its winner
 * and the winner's votes and share, and, when any, the tied options.
 *
 * <p>Read from the outcome only: who won each jurisdiction and where its electors went were
 * decided by the scheme. Shares of valid votes are shown through {@link Shares}, so a share
 * never reads as one half when it is not. Stateless and thread-safe.
 */
final class ElectoralDetails {

    private ElectoralDetails() {
    }

    static List<Section> sections(ElectoralOutcome e, RenderOptions options) {
        return List.of(new Section("Electors", electors(e, options)),
                new Section("Electors by jurisdiction", byJurisdiction(e, options)));
    }

    /** One row per option in the contest's order, then the electors not awarded (when any) and the total. */
    static Table electors(ElectoralOutcome e, RenderOptions options) {
        List<List<String>> rows = new ArrayList<>();
        for (OptionElectors o : e.options()) {
            rows.add(List.of(PlainText.clean(o.option().name()), Figures.thousands(o.electors()),
                    Figures.thousands(o.jurisdictionsWon()), Figures.thousands(o.popularVotes()),
                    Shares.percent(o.popularVotes(), e.valid(), options.decimals(),
                            Shares.validBounds(List.of(e), o.option()))));
        }
        List<JurisdictionElectors> counted = e.jurisdictions().stream().filter(j -> j.electors().isPresent())
                .toList();
        long unawarded = counted.stream().filter(j -> j.awardedTo().isEmpty()).count();
        if (unawarded > 0) {
            rows.add(List.of("Not awarded", Figures.thousands(e.notAwarded()), Figures.thousands(unawarded), "", ""));
        }
        rows.add(List.of("Total", Figures.thousands(e.totalElectors()), Figures.thousands(counted.size()),
                Figures.thousands(e.valid()), ""));
        List<String> notes = new ArrayList<>();
        notes.add(needed(e));
        if (unawarded > 0) {
            notes.add("Not awarded: the electors of tied jurisdictions and of those without a valid vote; they still"
                    + " count among all electors.");
        }
        return new Table(List.of("Option", "Electors", "Jurisdictions won", "Popular votes", "% of valid"),
                List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT), rows, notes);
    }

    /** {@code Needed to win: 270 of 538 electors, more than 1/2 (50%) of all electors.} */
    static String needed(ElectoralOutcome e) {
        String threshold = SchemeDetails.threshold(e.threshold()) + " of all electors";
        if (e.needed().isEmpty()) {
            return "Needed to win: " + threshold + ", which no option can reach with "
                    + Figures.thousands(e.totalElectors()) + " electors in all.";
        }
        return "Needed to win: " + Figures.thousands(e.needed().getAsLong()) + " of "
                + Figures.thousands(e.totalElectors()) + " electors, " + threshold + ".";
    }

    /**
     * One row per jurisdiction in the set's order. The winner is the option with the most valid
     * votes there, no majority needed; a tie or no valid vote awards its electors to no one
     * (see {@link org.reftally.scheme.Electoral}). The tied column appears only when a tie does.
     */
    static Table byJurisdiction(ElectoralOutcome e, RenderOptions options) {
        boolean tied = e.jurisdictions().stream().anyMatch(j -> j.leaders().size() > 1);
        List<String> headers = new ArrayList<>(List.of("Code", "Electors", "Winner", "Winner's votes", "% of valid"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT, Align.RIGHT, Align.LEFT, Align.RIGHT, Align.RIGHT));
        if (tied) {
            headers.add("Tied");
            aligns.add(Align.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean none = false;
        boolean empty = false;
        for (JurisdictionElectors j : e.jurisdictions()) {
            List<String> row = new ArrayList<>();
            row.add(PlainText.clean(j.jurisdiction().code()));
            row.add(j.electors().isPresent() ? Figures.thousands(j.electors().getAsLong()) : "none");
            row.add(winner(j));
            boolean votes = !j.leaders().isEmpty();
            row.add(votes ? Figures.thousands(j.leaderVotes()) : "–");
            row.add(votes ? Shares.percent(j.leaderVotes(), j.valid(), options.decimals(), List.of(Fraction.HALF))
                    : "–");
            if (tied) {
                row.add(j.leaders().size() > 1 ? PlainText.clean(String.join(", ",
                        j.leaders().stream().map(OptionId::name).toList())) : "");
            }
            none |= j.electors().isEmpty();
            empty |= j.leaders().isEmpty();
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (tied) {
            notes.add("tie: equal top votes (the votes shown are each tied option's); the electors are not awarded:"
                    + " state law would break the tie, and this count does not guess.");
        }
        if (empty) {
            notes.add("no valid votes: the electors are not awarded.");
        }
        if (none) {
            notes.add("none: the jurisdiction set gives it no electors, so it counts 0; its votes count in the"
                    + " popular vote.");
        }
        return new Table(headers, aligns, rows, notes);
    }

    /** The sole leader; {@code tie}; or {@code no valid votes}. */
    private static String winner(JurisdictionElectors j) {
        if (j.leaders().size() == 1) {
            return PlainText.clean(j.leaders().get(0).name());
        }
        return j.leaders().isEmpty() ? "no valid votes" : "tie";
    }
}
