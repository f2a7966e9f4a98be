package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;
import org.reftally.report.SchemeDetails.Section;
import org.reftally.report.Table.Align;
import org.reftally.scheme.ProportionalOutcome;
import org.reftally.scheme.ProportionalOutcome.JurisdictionSeats;
import org.reftally.scheme.ProportionalOutcome.OptionSeats;
import org.reftally.scheme.SeatSource;

/**
 * A proportional count's own figures: each option's seats beside its exact entitlement (its
 * quota, {@code seats * votes / eligible votes}), its votes and share, with the options the
 * threshold excluded marked; for seats shared within each jurisdiction, the seats of each option
 * there, one compact row per jurisdiction; then the tie breaks and a divisor method's last seats
 * and runners-up ({@link SeatAwardDetails}).
 *
 * <p>Read from the outcome only: who is eligible and how many seats each option gets were decided
 * by the seat engine, exactly. Entitlements are shown to {@value ApportionFigures#QUOTA_DECIMALS}
 * decimals for display (the exact fractions are in the JSON output). Stateless and thread-safe.
 */
final class ProportionalDetails {

    /** Marks an option's cell in a jurisdiction where it took no part in the sharing. */
    static final String NOT_SHARED = "–";

    private ProportionalDetails() {
    }

    static List<Section> sections(ProportionalOutcome p, RenderOptions options) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Seats by option", byOption(p, options)));
        if (!p.jurisdictions().isEmpty()) {
            sections.add(new Section("Seats by jurisdiction", byJurisdiction(p)));
        }
        sections.addAll(SeatAwardDetails.sections(p));
        return sections;
    }

    /**
     * One row per option in the contest's order, then the total. An option is marked only when a
     * seat was awarded: with no valid vote nobody is eligible, and that is not the threshold's doing.
     */
    static Table byOption(ProportionalOutcome p, RenderOptions options) {
        boolean national = p.source() instanceof SeatSource.House;
        boolean marks = p.awarded() > 0 && p.options().stream().anyMatch(o -> !o.eligible());
        List<String> headers = new ArrayList<>(List.of("Option", "Seats", "Entitlement", "Votes", "% of valid"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT));
        if (marks) {
            headers.add("Threshold");
            aligns.add(Align.LEFT);
        }
        long valid = p.options().stream().mapToLong(OptionSeats::votes).sum();
        Fraction entitled = Fraction.ZERO;
        List<List<String>> rows = new ArrayList<>();
        for (OptionSeats o : p.options()) {
            entitled = entitled.plus(o.quota());
            List<String> row = new ArrayList<>(List.of(PlainText.clean(o.option().name()), Integer.toString(o.seats()),
                    ApportionFigures.groupedDecimal(o.quota()), Figures.thousands(o.votes()),
                    Shares.percent(o.votes(), valid, options.decimals(), bounds(p, o, national))));
            if (marks) {
                row.add(o.eligible() ? "" : national ? "below" : "below everywhere");
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total", Integer.toString(p.awarded()),
                ApportionFigures.groupedDecimal(entitled), Figures.thousands(valid), ""));
        if (marks) {
            total.add("");
        }
        rows.add(total);
        List<String> notes = new ArrayList<>();
        notes.add("Entitlement: seats × votes ÷ eligible votes" + (national ? "" : ", within each jurisdiction and"
                + " summed") + "; " + ApportionFigures.QUOTA_DECIMALS + " decimals here, exact in JSON (quota).");
        if (marks) {
            notes.add(national ? "below: under the threshold, so no seat and no part in the others' entitlements."
                    : "below everywhere: under the threshold in every jurisdiction, so no seat anywhere.");
        }
        if (p.awarded() < p.seats()) {
            notes.add((p.seats() - p.awarded()) + " of the " + p.seats() + " seats were not awarded: see the"
                    + " reasons.");
        }
        return new Table(headers, aligns, rows, notes);
    }

    /**
     * One half, as for every share of valid votes; in a national count with a threshold, also the
     * shares of the options on the other side of it, so that an excluded option never reads as
     * many votes as an eligible one (the threshold is tested on exactly these national shares).
     */
    private static List<Fraction> bounds(ProportionalOutcome p, OptionSeats option, boolean national) {
        List<Fraction> bounds = new ArrayList<>(Shares.validBounds(List.of(p), option.option()));
        long valid = p.options().stream().mapToLong(OptionSeats::votes).sum();
        if (national && valid > 0 && p.awarded() > 0) {
            p.options().stream().filter(o -> o.eligible() != option.eligible())
                    .forEach(o -> bounds.add(Fraction.of(o.votes(), valid)));
        }
        return bounds;
    }

    /**
     * One row per jurisdiction in the set's order: its seats, then each option's seats there, and
     * the national total. A dash marks an option that took no part there: below the threshold,
     * or every option where nothing was shared (no seats, or no valid vote).
     */
    static Table byJurisdiction(ProportionalOutcome p) {
        boolean notes = p.jurisdictions().stream().anyMatch(j -> !j.awarded());
        List<String> headers = new ArrayList<>(List.of("Code", "Seats"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT, Align.RIGHT));
        for (OptionSeats o : p.options()) {
            headers.add(PlainText.clean(o.option().name()));
            aligns.add(Align.RIGHT);
        }
        if (notes) {
            headers.add("Note");
            aligns.add(Align.LEFT);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean below = false;
        boolean noSeats = false;
        boolean noVotes = false;
        for (JurisdictionSeats j : p.jurisdictions()) {
            List<String> row = new ArrayList<>(List.of(PlainText.clean(j.jurisdiction().code()),
                    Integer.toString(j.seats())));
            for (OptionSeats o : j.options()) {
                row.add(j.awarded() && o.eligible() ? Integer.toString(o.seats()) : NOT_SHARED);
                below |= j.awarded() && !o.eligible();
            }
            if (notes) {
                row.add(j.awarded() ? "" : j.seats() == 0 ? "no seats" : "not awarded: no valid votes");
            }
            noSeats |= !j.awarded() && j.seats() == 0;
            noVotes |= !j.awarded() && j.seats() > 0;
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("Total", Integer.toString(p.seats())));
        p.options().forEach(o -> total.add(Integer.toString(o.seats())));
        if (notes) {
            total.add("");
        }
        rows.add(total);
        List<String> explained = new ArrayList<>();
        if (below) {
            explained.add(NOT_SHARED + ": the option took no part in the sharing there: below the threshold, or"
                    + " nothing was shared (see Note).");
        }
        if (noSeats) {
            explained.add("no seats: the jurisdiction had no seats to share; its votes count in the national totals"
                    + " only.");
        }
        if (noVotes) {
            // Seats are never handed to anyone without a vote for them (see Proportional).
            explained.add("not awarded: no valid vote was cast there, so its seats went to no one.");
        }
        return new Table(headers, aligns, rows, explained);
    }
}
