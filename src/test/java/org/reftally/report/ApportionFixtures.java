package org.reftally.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.scheme.Apportionment;
import org.reftally.scheme.ApportionmentResult;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.seats.FixedRounding;

/** Small apportionments for the renderer tests, and rendering to a string. */
final class ApportionFixtures {

    private ApportionFixtures() {
    }

    /**
     * Four islands, 10 seats, Huntington-Hill with at least one each, two awards traced. Seats
     * 1-4 are the minimum; 5-10 go by priority, and seat 11 would go to North.
     */
    static ApportionmentResult islands() {
        return Apportionment.apportion(set(), 10, SeatSettings.usHouse().withTraceLength(2));
    }

    /** The same islands, one seat per 1,000 people rounded to nearest, at least one. */
    static ApportionmentResult islandsPerThousand() {
        return Apportionment.fixedDivisor(set(), Fraction.of(1000), FixedRounding.NEAREST, 1);
    }

    static JurisdictionSet set() {
        return new JurisdictionSet("Islands", List.of(
                island("NO", "North", 4_010), island("SO", "South", 3_150),
                island("EA", "East & \"Isles\"", 1_020), island("WE", "Wester, Ross", 270)), false);
    }

    private static Jurisdiction island(String code, String name, long population) {
        return new Jurisdiction(JurisdictionId.of(code), name, Fraction.ONE, OptionalLong.of(population),
                OptionalLong.empty(), OptionalLong.empty());
    }

    static String render(ApportionRenderer renderer, ApportionmentResult r) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(r, RenderOptions.DEFAULT, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
