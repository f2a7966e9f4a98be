package org.reftally.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;

/** Jurisdiction sets and helpers shared by the generator tests. */
final class GeneratorFixtures {

    /** The 50 states with their 2020 apportionment population (Census Bureau, 26 April 2021). */
    private static final Object[] US_2020 = {
        "AL", 5030053, "AK", 736081, "AZ", 7158923, "AR", 3013756,
        "CA", 39576757, "CO", 5782171, "CT", 3608298, "DE", 990837,
        "FL", 21570527, "GA", 10725274, "HI", 1460137, "ID", 1841377,
        "IL", 12822739, "IN", 6790280, "IA", 3192406, "KS", 2940865,
        "KY", 4509342, "LA", 4661468, "ME", 1363582, "MD", 6185278,
        "MA", 7033469, "MI", 10084442, "MN", 5709752, "MS", 2963914,
        "MO", 6160281, "MT", 1085407, "NE", 1963333, "NV", 3108462,
        "NH", 1379089, "NJ", 9294493, "NM", 2120220, "NY", 20215751,
        "NC", 10453948, "ND", 779702, "OH", 11808848, "OK", 3963516,
        "OR", 4241500, "PA", 13011844, "RI", 1098163, "SC", 5124712,
        "SD", 887770, "TN", 6916897, "TX", 29183290, "UT", 3275252,
        "VT", 643503, "VA", 8654542, "WA", 7715946, "WV", 1795045,
        "WI", 5897473, "WY", 577719,
    };

    private GeneratorFixtures() {
    }

    /** The 50 US states, each of weight 1, with population but no electorate. */
    static JurisdictionSet usStates() {
        List<Jurisdiction> members = new ArrayList<>();
        for (int i = 0; i < US_2020.length; i += 2) {
            members.add(new Jurisdiction(JurisdictionId.of((String) US_2020[i]), null, Fraction.ONE,
                    OptionalLong.of((Integer) US_2020[i + 1]), OptionalLong.empty(), OptionalLong.empty()));
        }
        return new JurisdictionSet("us-test", members, false);
    }

    /** A set of the given codes with the given electorates (null: unknown) and populations (null: unknown). */
    static JurisdictionSet set(String[] codes, Long[] electorates, Long[] populations) {
        List<Jurisdiction> members = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            members.add(new Jurisdiction(JurisdictionId.of(codes[i]), null, Fraction.ONE,
                    optional(populations == null ? null : populations[i]),
                    optional(electorates == null ? null : electorates[i]), OptionalLong.empty()));
        }
        return new JurisdictionSet("test", members, false);
    }

    /** Codes J0, J1, ... with no figures (turnout is then equal). */
    static JurisdictionSet plain(int size) {
        String[] codes = new String[size];
        for (int i = 0; i < size; i++) {
            codes[i] = "J" + i;
        }
        return set(codes, null, null);
    }

    static String written(GeneratorSpec spec) {
        StringWriter out = new StringWriter();
        try {
            Generator.write(spec, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static Fraction f(String text) {
        return Fraction.parse(text);
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
