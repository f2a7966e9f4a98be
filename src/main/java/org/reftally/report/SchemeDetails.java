package org.reftally.report;

import java.util.ArrayList;
import java.util.List;
import org.reftally.model.Fraction;
import org.reftally.model.Threshold;
import org.reftally.report.Table.Align;
import org.reftally.scheme.CounterProposalOutcome;
import org.reftally.scheme.DoubleMajorityOutcome;
import org.reftally.scheme.ElectoralOutcome;
import org.reftally.scheme.MajorityOutcome;
import org.reftally.scheme.Outcome;
import org.reftally.scheme.ProportionalOutcome;
import org.reftally.scheme.QuorumCheck;

/**
 * The figures a scheme's own outcome carries beyond the common {@link Outcome} fields, laid out
 * as titled {@link Table}s that the text, Markdown and HTML reports draw alike: a majority's
 * quorum and threshold checks; a double majority's conditions and its approval by jurisdiction
 * ({@link DoubleMajorityDetails}); a counter-proposal's two decisions and its tie-break
 * ({@link CounterProposalDetails}); a proportional count's seats, entitlements, tie breaks and
 * closest awards ({@link ProportionalDetails}); an electoral college's electors by option and by
 * jurisdiction ({@link ElectoralDetails}). Plurality has none beyond the tables every report
 * already shows.
 *
 * <p>Every figure is read from the outcome; nothing is counted or decided here. Shares are shown
 * through {@link Shares}, so none contradicts the decision it sits beside. An outcome type this
 * class does not know yet (a scheme added later) has no sections and is still shown through the
 * common fields. Stateless and thread-safe.
 */
final class SchemeDetails {

    /** The column headers of every conditions table. */
    static final List<String> CONDITION_HEADERS = List.of("Condition", "Figure", "Needed", "Result");

    /** A titled table, e.g. "Conditions". Immutable. */
    record Section(String title, Table table) {
    }

    private SchemeDetails() {
    }

    /** The sections of {@code outcome}, in reading order; empty when it has nothing of its own to show. */
    static List<Section> of(Outcome outcome, RenderOptions options) {
        if (outcome instanceof MajorityOutcome m) {
            return List.of(new Section("Conditions", conditions(majority(m, options))));
        }
        if (outcome instanceof DoubleMajorityOutcome d) {
            return DoubleMajorityDetails.sections(d, options);
        }
        if (outcome instanceof CounterProposalOutcome c) {
            return CounterProposalDetails.sections(c, options);
        }
        if (outcome instanceof ProportionalOutcome p) {
            return ProportionalDetails.sections(p, options);
        }
        if (outcome instanceof ElectoralOutcome e) {
            return ElectoralDetails.sections(e, options);
        }
        return List.of();
    }

    /** Each quorum, then the measured option's share of valid votes against the threshold. */
    private static List<List<String>> majority(MajorityOutcome m, RenderOptions options) {
        List<List<String>> rows = new ArrayList<>(quorums(m.quorums(), options));
        String figure = m.valid() == 0 || m.measured().isEmpty() ? "no valid votes"
                : share(m.measured().get().name(), m.votes(), m.valid(),
                        Shares.validBounds(List.of(m), m.measured().get()), options);
        String name = m.proposal().isPresent() ? "proposal" : "leading option";
        rows.add(List.of(name, figure, threshold(m.threshold()) + " of valid votes", result(m.thresholdMet())));
        return rows;
    }

    /**
     * One row per quorum: what it measures against the electorate, with its share. A turnout
     * figure that is only a lower bound (some blank or invalid ballots unreported) says so.
     */
    static List<List<String>> quorums(List<QuorumCheck> checks, RenderOptions options) {
        List<List<String>> rows = new ArrayList<>();
        for (QuorumCheck c : checks) {
            String figure = (c.lowerBound() ? "at least " : "") + Figures.thousands(c.part()) + " "
                    + c.quorum().kind().measures() + " of " + Figures.thousands(c.electorate())
                    + " registered voters (" + Shares.percent(c.part(), c.electorate(), options.decimals(),
                            List.of(c.quorum().threshold().bound())) + ")";
            rows.add(List.of("quorum " + c.quorum(), figure, threshold(c.quorum().threshold()) + " of the electorate",
                    result(c.met())));
        }
        return rows;
    }

    /** {@code YES: 1,299,129 of 2,560,809 valid votes (50.73%)}. */
    static String share(String option, long votes, long valid, List<Fraction> bounds, RenderOptions options) {
        return PlainText.clean(option) + ": " + Figures.thousands(votes) + " of " + Figures.thousands(valid)
                + " valid votes (" + Shares.percent(votes, valid, options.decimals(), bounds) + ")";
    }

    static Table conditions(List<List<String>> rows) {
        return new Table(CONDITION_HEADERS, List.of(Align.LEFT, Align.LEFT, Align.LEFT, Align.LEFT), rows, List.of());
    }

    static String result(boolean met) {
        return met ? "met" : "not met";
    }

    /** {@code more than 1/2 (50%)}, {@code at least 2/3}: the percentage only when it is exact. */
    static String threshold(Threshold t) {
        String words = (t.comparison() == org.reftally.model.Comparison.GREATER ? "more than " : "at least ")
                + t.bound();
        String pct = t.bound().times(Fraction.of(100)).toDecimalString();
        return pct.contains("/") ? words : words + " (" + pct + "%)";
    }
}
