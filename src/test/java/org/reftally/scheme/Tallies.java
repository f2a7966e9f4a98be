package org.reftally.scheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Unit;

/** Test fixtures: tallies and jurisdiction sets written as compactly as the figures they hold. */
final class Tallies {

    private Tallies() {
    }

    static Builder contest(String name, String... options) {
        return new Builder(Contest.of(name, options));
    }

    /** A set from alternating codes and weights: {@code set("ch", "ZH", "1", "OW", "1/2")}. */
    static JurisdictionSet set(String name, String... codesAndWeights) {
        List<Jurisdiction> members = new ArrayList<>();
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            members.add(jurisdiction(codesAndWeights[i], codesAndWeights[i + 1], OptionalLong.empty()));
        }
        return new JurisdictionSet(name, members, false);
    }

    /** A set of weight-1 members. */
    static JurisdictionSet equalSet(String name, String... codes) {
        List<Jurisdiction> members = new ArrayList<>();
        for (String code : codes) {
            members.add(jurisdiction(code, "1", OptionalLong.empty()));
        }
        return new JurisdictionSet(name, members, false);
    }

    static Jurisdiction jurisdiction(String code, String weight, OptionalLong electorate) {
        return new Jurisdiction(JurisdictionId.of(code), code, Fraction.parse(weight), OptionalLong.empty(),
                electorate, OptionalLong.empty());
    }

    /** Builds a tally one jurisdiction at a time; each row's counts are complete unless said otherwise. */
    static final class Builder {
        private final Contest contest;
        private final Map<Unit, Counts> units = new LinkedHashMap<>();

        Builder(Contest contest) {
            this.contest = contest;
        }

        /** Valid votes per option; no blank or invalid ballot; electorate not reported. */
        Builder row(String code, long... votes) {
            return row(code, votes, Count.ZERO, Count.NOT_REPORTED);
        }

        /** Valid votes, blank ballots and the electorate (complete). */
        Builder row(String code, long[] votes, long blank, long electorate) {
            return row(code, votes, Count.of(blank), Count.of(electorate));
        }

        Builder row(String code, long[] votes, Count blank, Count electorate) {
            units.put(Unit.of(JurisdictionId.of(code)),
                    new Counts(votes, blank, Count.ZERO, 0, Map.of(), electorate));
            return this;
        }

        Builder row(String code, Counts counts) {
            units.put(Unit.of(JurisdictionId.of(code)), counts);
            return this;
        }

        ContestTally build() {
            return new ContestTally(contest, units);
        }
    }

    static long[] votes(long... v) {
        return v;
    }
}
