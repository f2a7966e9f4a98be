package org.reftally.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.seats.Award;
import org.reftally.scheme.seats.TieBreak;

/**
 * The apportionment as GitHub-flavoured Markdown for a repository or wiki: a heading, the rule
 * and population, a table of jurisdictions with figures right-aligned and a bold total row, then
 * the last seats awarded, the next in line and the tie breaks as lists. Every name from the input
 * is escaped so it shows as written and never changes the document's structure. Lines end with
 * {@code \n}. Stateless and thread-safe.
 */
final class ApportionMarkdownRenderer implements ApportionRenderer {

    /** Characters that may start Markdown structure inline: escaped with a backslash (CommonMark 2.4). */
    private static final String ACTIVE = "\\`*_~[]!<>&#$|";

    @Override
    public void render(ApportionmentResult r, RenderOptions options, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Apportionment: " + escape(r.name()));
        lines.add("");
        lines.add("Rule: " + escape(ApportionFigures.rule(r)) + ". Population: "
                + escape(ApportionFigures.population(r)) + ".");
        lines.add("");
        lines.add("| Code | Name | Population | Seats | Quota |");
        lines.add("| --- | --- | ---: | ---: | ---: |");
        for (ApportionmentResult.Line l : r.jurisdictions()) {
            lines.add("| " + escape(l.id().code()) + " | " + escape(l.name()) + " | "
                    + ApportionFigures.thousands(l.population()) + " | " + l.seats() + " | "
                    + ApportionFigures.groupedDecimal(l.quota()) + " |");
        }
        lines.add("| | **Total** | **" + ApportionFigures.thousands(r.totalPopulation()) + "** | **" + r.houseSize()
                + "** | **" + ApportionFigures.groupedDecimal(ApportionFigures.totalQuota(r)) + "** |");
        awards(lines, "Last seats awarded", r.lastAwards());
        awards(lines, "Next in line", r.runnersUp());
        lines.add("");
        lines.add("## Tie breaks");
        lines.add("");
        if (r.tieBreaks().isEmpty()) {
            lines.add("None.");
        }
        for (TieBreak t : r.tieBreaks()) {
            lines.add("- " + escape(ApportionFigures.tieBreak(t, r.seed())));
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
    }

    private static void awards(List<String> lines, String heading, List<Award> awards) {
        if (awards.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("## " + heading);
        lines.add("");
        for (Award a : awards) {
            lines.add("- seat " + a.seat() + ": " + escape(a.party()) + ", "
                    + escape(ApportionFigures.priority(a.priority())));
        }
    }

    /**
     * {@code text} as literal inline content: control characters made spaces, surrounding blanks
     * stripped, active characters backslash-escaped, and a leading list or heading marker
     * ({@code - + =}, or digits then {@code .} or {@code )}) escaped too.
     */
    static String escape(String text) {
        String clean = ApportionFigures.clean(text).strip();
        int digits = 0;
        while (digits < clean.length() && clean.charAt(digits) >= '0' && clean.charAt(digits) <= '9') {
            digits++;
        }
        StringBuilder b = new StringBuilder(clean.length() + 8);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            boolean leadingMarker = i == 0 && (c == '-' || c == '+' || c == '=');
            boolean orderedMarker = digits > 0 && i == digits && (c == '.' || c == ')');
            if (ACTIVE.indexOf(c) >= 0 || leadingMarker || orderedMarker) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
