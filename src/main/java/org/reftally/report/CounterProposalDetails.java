package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reftally.model.Fraction;
import org.reftally.model.OptionId;
import org.reftally.model.Percent;
import org.reftally.report.SchemeDetails.Section;
import org.reftally.report.Table.Align;
import org.reftally.scheme.CounterProposalOutcome;
import org.reftally.scheme.CounterProposalOutcome.TieBreak;
import org.reftally.scheme.CounterProposalOutcome.TieBreakRow;
import org.reftally.scheme.DoubleMajorityOutcome;

/**
 * A counter-proposal vote's own figures (Swiss Federal Constitution art. 139b; Federal Act on
 * Political Rights art. 76): the two decisions, each by the people and the cantons, then, when
 * both were accepted, the tie-break question nationally and by canton.
 *
 * <p>Read from the outcome only. The tie-break sums are shown against each other so that two
 * different sums never print alike. Stateless and thread-safe.
 */
final class CounterProposalDetails {

    private CounterProposalDetails() {
    }

    static List<Section> sections(CounterProposalOutcome c, RenderOptions options) {
        List<Section> sections = new ArrayList<>();
        List<List<String>> rows = List.of(decision("initiative", c.initiative()),
                decision("counter-proposal", c.counter()));
        sections.add(new Section("The two proposals", new Table(List.of("Question", "Contest", "Decision",
                "Deciding figure"), List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT), rows, List.of())));
        c.tieBreak().ifPresent(t -> {
            sections.add(new Section("Tie-break: " + PlainText.clean(t.contest()), tieBreak(t, options)));
            sections.add(new Section("Tie-break by jurisdiction", byJurisdiction(t)));
        });
        return sections;
    }

    private static List<String> decision(String question, DoubleMajorityOutcome o) {
        return List.of(question, PlainText.clean(o.contest()), o.decision().word(), PlainText.clean(o.decidingFigure()));
    }

    /**
     * Each proposal's popular votes and share (of the votes for either: blank answers are
     * disregarded, art. 76(2)), its cantonal votes and share of all cantonal votes, and the sum
     * of the two shares that decides when the people and the cantons disagree (art. 139b(3)).
     */
    static Table tieBreak(TieBreak t, RenderOptions options) {
        long answered = t.initiativeVotes() + t.counterVotes();
        List<List<String>> rows = List.of(
                side(t.initiativeOption(), t.initiativeVotes(), answered, t.initiativeWeight(), t.totalWeight(),
                        t.initiativeSum(), t.counterSum(), options),
                side(t.counterOption(), t.counterVotes(), answered, t.counterWeight(), t.totalWeight(),
                        t.counterSum(), t.initiativeSum(), options));
        String preferred = t.preferred().map(OptionId::name).map(PlainText::clean).orElse("");
        String why;
        if (t.preferred().isEmpty()) {
            why = "The sums are exactly equal; neither the Constitution nor the Political Rights Act resolves this,"
                    + " so it is reported as a tie.";
        } else if (t.decidedBySum()) {
            why = "The people prefer " + name(t.popularWinner()) + " and the cantons " + name(t.cantonalWinner())
                    + ", so the higher sum decides (Federal Constitution art. 139b(3)): " + preferred + ".";
        } else {
            why = "The people and the cantons both prefer " + preferred + ".";
        }
        return new Table(List.of("Proposal", "Popular votes", "Popular share", "Cantonal votes", "Cantonal share",
                "Sum"), List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.RIGHT), rows,
                List.of(why, "Blank answers to the tie-break are disregarded (Federal Act on Political Rights art."
                        + " 76(2)); a canton tied on it counts for neither proposal."));
    }

    private static List<String> side(OptionId option, long votes, long answered, Fraction weight, Fraction total,
            Fraction sum, Fraction otherSum, RenderOptions options) {
        String cantonal = total.signum() == 0 ? "n/a"
                : Percent.format(weight.dividedBy(total), options.decimals(), Fraction.HALF);
        return List.of(PlainText.clean(option.name()), Figures.thousands(votes),
                Shares.percent(votes, answered, options.decimals(), List.of(Fraction.HALF)), weight.toDecimalString(),
                cantonal, Percent.format(sum, options.decimals(), otherSum));
    }

    /** Each jurisdiction's answers to the tie-break and the proposal its voters prefer. */
    static Table byJurisdiction(TieBreak t) {
        List<List<String>> rows = new ArrayList<>();
        for (TieBreakRow r : t.jurisdictions()) {
            rows.add(List.of(PlainText.clean(r.id().code()), r.weight().toDecimalString(),
                    Figures.thousands(r.initiativeVotes()), Figures.thousands(r.counterVotes()),
                    r.prefers().map(OptionId::name).map(PlainText::clean).orElse("neither")));
        }
        return new Table(List.of("Code", "Weight", PlainText.clean(t.initiativeOption().name()),
                PlainText.clean(t.counterOption().name()), "Prefers"),
                List.of(Align.LEFT, Align.RIGHT, Align.RIGHT, Align.RIGHT, Align.LEFT), rows, List.of());
    }

    private static String name(Optional<OptionId> option) {
        return option.map(OptionId::name).map(PlainText::clean).orElse("neither");
    }
}
