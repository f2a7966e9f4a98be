package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reftally.model.Contest;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionSet;
import org.reftally.report.Report.ContestResult;
import org.reftally.report.Table.Align;
import org.reftally.scheme.Outcome;

/**
 * Lays out one contest's national totals and its per-jurisdiction figures as {@link Table}s, so
 * that the text and Markdown reports show exactly the same cells. Counts nothing: every figure
 * is read from the tally; only shares are divided, for display. Stateless and thread-safe.
 */
final class ContestTables {

    static final String PARTIAL_NOTE =
            "\u2265 N: not every part of the input reported this figure; N is the sum of those that did.";
    static final String TURNOUT_NOTE =
            "n/a: turnout is not computed when cast or electorate is not fully reported, or the electorate is zero.";

    private ContestTables() {
    }

    /** Votes per option with their share of valid votes, then valid, blank, invalid, cast, electorate, turnout. */
    static Table totals(ContestResult result, JurisdictionSet set, RenderOptions options) {
        Contest contest = result.tally().contest();
        Counts totals = result.tally().totals(set);
        List<Outcome> outcomes = result.outcomes();
        long valid = totals.valid();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < contest.optionCount(); i++) {
            String share = Shares.percent(totals.votes(i), valid, options.decimals(),
                    Shares.validBounds(outcomes, contest.option(i)));
            rows.add(List.of(PlainText.clean(contest.option(i).name()), Figures.thousands(totals.votes(i)), share,
                    "of valid"));
        }
        rows.add(List.of("Valid", Figures.thousands(valid), "", ""));
        rows.add(countRow("Blank", totals.blank()));
        rows.add(countRow("Invalid", totals.invalid()));
        // Overvotes and unrecognised values are ballots cast, not data errors: they are listed so
        // that an official can see what the invalid ballots were.
        rows.add(List.of("  of which overvotes", Figures.thousands(totals.overvotes()), "", ""));
        totals.unrecognised().forEach((text, n) -> rows.add(List.of(
                "  of which unrecognised \"" + PlainText.clean(text) + "\"", Figures.thousands(n), "", "")));
        rows.add(countRow("Cast", totals.cast()));
        rows.add(countRow("Electorate", totals.electorate()));
        rows.add(turnoutRow(totals, options, Shares.turnoutBounds(outcomes)));
        return new Table(List.of("Figure", "Count", "Share", "Note"),
                List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.LEFT), rows, List.of());
    }

    /**
     * One row per jurisdiction in the set's order: code, name, weight (only when some weight is
     * not 1), votes per option, the share of the first option (of each, with more than two
     * options), blank, invalid, cast, and electorate and turnout when any jurisdiction reports one.
     */
    static Table byJurisdiction(ContestResult result, JurisdictionSet set, RenderOptions options) {
        Contest contest = result.tally().contest();
        Map<Jurisdiction, Counts> counts = result.tally().byJurisdiction(set);
        // A set taken from the input knows only codes: a name column would repeat them.
        boolean names = counts.keySet().stream().anyMatch(j -> !j.name().equals(j.id().code()));
        // Weights matter to a count of states (Swiss Federal Constitution art. 142(4): a half-canton
        // counts half), so they are shown whenever one differs from 1 and the reader can check it.
        boolean weights = counts.keySet().stream().anyMatch(j -> !j.weight().equals(Fraction.ONE));
        boolean electorate = counts.values().stream().anyMatch(c -> !c.electorate().isUnreported());
        // With two options the second share is the complement of the first; more would be noise.
        int shares = contest.optionCount() == 2 ? 1 : contest.optionCount();

        List<String> headers = new ArrayList<>(List.of("Code"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT));
        if (names) {
            headers.add("Name");
            aligns.add(Align.LEFT);
        }
        if (weights) {
            add(headers, aligns, "Weight");
        }
        contest.options().forEach(o -> add(headers, aligns, PlainText.clean(o.name())));
        for (int i = 0; i < shares; i++) {
            add(headers, aligns, PlainText.clean(contest.option(i).name()) + " %");
        }
        List.of("Blank", "Invalid", "Cast").forEach(h -> add(headers, aligns, h));
        if (electorate) {
            add(headers, aligns, "Electorate");
            add(headers, aligns, "Turnout");
        }

        List<List<String>> rows = new ArrayList<>();
        boolean partial = false;
        boolean turnoutMissing = false;
        for (Map.Entry<Jurisdiction, Counts> e : counts.entrySet()) {
            Jurisdiction j = e.getKey();
            Counts c = e.getValue();
            List<String> row = new ArrayList<>(List.of(PlainText.clean(j.id().code())));
            if (names) {
                row.add(PlainText.clean(j.name()));
            }
            if (weights) {
                row.add(j.weight().toDecimalString());
            }
            for (int i = 0; i < contest.optionCount(); i++) {
                row.add(Figures.thousands(c.votes(i)));
            }
            for (int i = 0; i < shares; i++) {
                row.add(Shares.percent(c.votes(i), c.valid(), options.decimals(),
                        Shares.validBounds(result.outcomes(), contest.option(i))));
            }
            row.add(Figures.cell(c.blank()));
            row.add(Figures.cell(c.invalid()));
            row.add(Figures.cell(c.cast()));
            partial |= Figures.isPartial(c.blank()) || Figures.isPartial(c.invalid()) || Figures.isPartial(c.cast());
            if (electorate) {
                List<String> turnout = turnoutRow(c, options, Shares.turnoutBounds(result.outcomes()));
                row.add(Figures.cell(c.electorate()));
                row.add(turnout.get(2));
                partial |= Figures.isPartial(c.electorate());
                turnoutMissing |= turnout.get(2).equals("n/a");
            }
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (partial) {
            notes.add(PARTIAL_NOTE);
        }
        if (turnoutMissing) {
            notes.add(TURNOUT_NOTE);
        }
        return new Table(headers, aligns, rows, notes);
    }

    private static void add(List<String> headers, List<Align> aligns, String header) {
        headers.add(header);
        aligns.add(Align.RIGHT);
    }

    private static List<String> countRow(String label, Count count) {
        return List.of(label, Figures.cell(count), "", Figures.note(count));
    }

    /**
     * Turnout is cast / electorate, shown only when both are complete: a share of two partial
     * sums says nothing about the whole, so it is named as not computed instead.
     */
    private static List<String> turnoutRow(Counts c, RenderOptions options, List<Fraction> bounds) {
        Count cast = c.cast();
        Count electorate = c.electorate();
        String why;
        if (electorate.isUnreported()) {
            why = "electorate not reported";
        } else if (!electorate.complete()) {
            why = "not computed: electorate " + Figures.NOT_REPORTED_BY_ALL;
        } else if (!cast.complete()) {
            why = "not computed: cast " + Figures.NOT_REPORTED_BY_ALL;
        } else if (electorate.value() == 0) {
            why = "electorate is zero";
        } else {
            return List.of("Turnout", "", Shares.percent(cast.value(), electorate.value(), options.decimals(), bounds),
                    "of electorate");
        }
        return List.of("Turnout", "", "n/a", why);
    }
}
