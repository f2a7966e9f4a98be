package org.reftally.report;

import org.reftally.model.InputSummary;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.Outcome;

/**
 * The sentences the human-readable reports share, so that the text, Markdown and HTML reports
 * say the same thing in the same words. Returns unescaped display text. Stateless and
 * thread-safe.
 */
final class Sentences {

    private Sentences() {
    }

    /**
     * The warning an incomplete report opens with. Rejected rows are left out of every figure, so
     * the reader must be told before reading any of them.
     */
    static String incomplete(Report report) {
        long rejected = report.rejected();
        if (rejected == 0) {
            return "INCOMPLETE: the figures below may not include every row of the input.";
        }
        return "INCOMPLETE: " + Figures.thousands(rejected) + (rejected == 1 ? " row" : " rows")
                + " rejected: the figures below do not include them.";
    }

    /** {@code 2,855 read = 2,850 counted + 5 rejected}: every row is accounted for. */
    static String rows(long rows, long counted, long rejected) {
        return Figures.thousands(rows) + " read = " + Figures.thousands(counted) + " counted + "
                + Figures.thousands(rejected) + " rejected";
    }

    static String rows(InputSummary input) {
        return rows(input.rows(), input.counted(), input.rejected());
    }

    /** {@code ballots, 12,345 bytes}. */
    static String kind(InputSummary input) {
        return PlainText.clean(input.kind()) + ", " + Figures.thousands(input.bytes())
                + (input.bytes() == 1 ? " byte" : " bytes");
    }

    /** Which jurisdictions the count is broken down by, and whether they were declared. */
    static String jurisdictionSet(JurisdictionSet set) {
        String size = Figures.thousands(set.size()) + (set.size() == 1 ? " jurisdiction" : " jurisdictions");
        if (set.isImplicit()) {
            return "taken from the input (" + size + ", each of weight 1)";
        }
        return PlainText.clean(set.name()) + " (" + size + ")";
    }

    /** {@code majority: ACCEPTED — YES}; without the dash when there is no winner. */
    static String decision(Outcome outcome) {
        String heading = PlainText.clean(outcome.scheme()) + ": " + outcome.decision().name();
        return outcome.winner().map(w -> heading + " \u2014 " + PlainText.clean(w.name())).orElse(heading);
    }
}
