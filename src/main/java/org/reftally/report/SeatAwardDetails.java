package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.report.SchemeDetails.Section;
import org.reftally.report.Table.Align;
import org.reftally.scheme.ProportionalOutcome;
import org.reftally.scheme.ProportionalOutcome.PlacedTieBreak;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.TieBreak;
import org.reftally.scheme.seats.TiePolicy;

/**
 * How a proportional count's closest seats were decided: every tie break (the seat, where, the
 * tied options, the policy, who got it), and for a divisor method sharing one national house the
 * last seats awarded and the first runners-up with their exact priorities, written as
 * {@code reftally apportion} writes them ({@code 5709752/sqrt(56) = 762,997.7053}).
 *
 * <p>Read from the outcome only; the priorities were compared exactly by the seat engine, and
 * their decimals are for display. Sections appear only when there is something to show.
 * Stateless and thread-safe.
 */
final class SeatAwardDetails {

    private SeatAwardDetails() {
    }

    static List<Section> sections(ProportionalOutcome p) {
        List<Section> sections = new ArrayList<>();
        if (!p.tieBreaks().isEmpty()) {
            sections.add(new Section("Tie breaks", tieBreaks(p.tieBreaks())));
        }
        if (!p.lastAwards().isEmpty()) {
            sections.add(new Section("Last seats awarded", awards(p.lastAwards(), List.of())));
        }
        if (!p.runnersUp().isEmpty()) {
            sections.add(new Section("Next in line", awards(p.runnersUp(),
                    List.of("The seats that would be awarded next if there were more to share."))));
        }
        return sections;
    }

    /**
     * One row per seat decided between equal claims, in the order the scheme met them; a column
     * for where only when some tie happened within a jurisdiction.
     */
    static Table tieBreaks(List<PlacedTieBreak> ties) {
        boolean where = ties.stream().anyMatch(t -> t.jurisdiction().isPresent());
        List<String> headers = new ArrayList<>(List.of("Seat"));
        List<Align> aligns = new ArrayList<>(List.of(Align.LEFT));
        if (where) {
            headers.add("Where");
            aligns.add(Align.LEFT);
        }
        headers.addAll(List.of("Tied", "Decided by", "Seat to"));
        aligns.addAll(List.of(Align.LEFT, Align.LEFT, Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        boolean lot = false;
        for (PlacedTieBreak placed : ties) {
            TieBreak t = placed.tieBreak();
            List<String> row = new ArrayList<>(List.of("seat " + t.seat()));
            if (where) {
                row.add(placed.jurisdiction().map(id -> PlainText.clean(id.code())).orElse("national"));
            }
            row.add(PlainText.clean(String.join(", ", t.parties())));
            row.add(policy(t.policy()));
            row.add(PlainText.clean(t.winner()));
            lot |= t.policy() == TiePolicy.LOT;
            rows.add(row);
        }
        List<String> notes = new ArrayList<>();
        if (lot) {
            notes.add("lot: drawn reproducibly; the reasons name the seed that replays the draw.");
        }
        return new Table(headers, aligns, rows, notes);
    }

    /** {@code lot}, {@code input order}: the policy that decided a tie (a refusal never reaches a report). */
    static String policy(TiePolicy policy) {
        return switch (policy) {
            case LOT -> "lot";
            case ORDER -> "input order";
            case ERROR -> "refused";
        };
    }

    /** {@code seat 435  MN  5709752/sqrt(56) = 762,997.7053}, in award order. */
    static Table awards(List<Award> awards, List<String> notes) {
        List<List<String>> rows = new ArrayList<>();
        for (Award a : awards) {
            rows.add(List.of("seat " + a.seat(), PlainText.clean(a.party()), ApportionFigures.priority(a.priority())));
        }
        return new Table(List.of("Seat", "Option", "Priority"), List.of(Align.LEFT, Align.LEFT, Align.LEFT), rows,
                notes);
    }
}
