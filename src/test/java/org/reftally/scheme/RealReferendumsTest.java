package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;
import org.reftally.scheme.DoubleMajorityOutcome.JurisdictionRow;

/**
 * Real referendums replayed from their official per-canton and per-state figures, copied here
 * from the project's reference data (results.csv of each case) so that the tests read nothing.
 */
class RealReferendumsTest {

    /** Responsible Business Initiative, 29 Nov 2020: code, weight, electorate, yes, no (Swissvotes no. 636). */
    static final Object[][] CH_2020_KVI = {
        {"ZH", "1", 952132, 250337, 223523}, {"BE", "1", 742913, 194750, 161904},
        {"LU", "1", 281187, 58599, 74310}, {"UR", "1", 26908, 4934, 6963},
        {"SZ", "1", 106443, 15795, 34242}, {"OW", "1/2", 27191, 4760, 8390},
        {"NW", "1/2", 31541, 5095, 10726}, {"GL", "1", 26516, 5003, 5611},
        {"ZG", "1", 78131, 15365, 28234}, {"FR", "1", 208318, 52614, 40404},
        {"SO", "1", 181368, 36174, 46366}, {"BS", "1/2", 114420, 38573, 23710},
        {"BL", "1/2", 189815, 40349, 44529}, {"SH", "1", 52801, 15689, 17520},
        {"AR", "1/2", 38968, 8519, 11074}, {"AI", "1/2", 12080, 1729, 3214},
        {"SG", "1", 326579, 62491, 85169}, {"GR", "1", 140429, 27734, 32887},
        {"AG", "1", 434031, 80361, 106212}, {"TG", "1", 175739, 32347, 44025},
        {"TI", "1", 223593, 51750, 43794}, {"VD", "1", 458962, 127545, 85585},
        {"VS", "1", 227809, 45635, 56429}, {"NE", "1", 113197, 29809, 16334},
        {"GE", "1", 270580, 78349, 43768}, {"JU", "1", 53694, 14823, 6757},
    };

    /** Australian republic referendum, 6 Nov 1999: code, weight, electorate, yes, no, informal (AEC). */
    static final Object[][] AU_1999_REPUBLIC = {
        {"NSW", "1", 4146653, 1817380, 2096562, 34772}, {"VIC", "1", 3164843, 1489536, 1499138, 28063},
        {"QLD", "1", 2228377, 784060, 1309992, 14642}, {"WA", "1", 1176311, 458306, 646520, 9500},
        {"SA", "1", 1027392, 425869, 551575, 8950}, {"TAS", "1", 327729, 126271, 186513, 2857},
        {"ACT", "0", 212586, 127211, 73850, 1553}, {"NT", "0", 108149, 44391, 46637, 852},
    };

    @Test
    void responsibleBusinessInitiative2020WinsThePeopleButLosesTheCantons() {
        DoubleMajorityOutcome o = (DoubleMajorityOutcome) RuleBook.named("ch-people-and-cantons").settings()
                .toScheme().evaluate(tally(CH_2020_KVI, false), set("ch", CH_2020_KVI));

        assertThat(o.votes()).isEqualTo(1_299_129);
        assertThat(o.valid()).isEqualTo(2_560_809);
        assertThat(o.peopleMet()).isTrue();
        assertThat(o.statesTally()).isEqualTo("8.5 : 14.5");
        assertThat(o.statesMet()).isFalse();
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.decidingFigure()).isEqualTo("50.73% YES, states 8.5 : 14.5");
        assertThat(o.jurisdictions()).filteredOn(JurisdictionRow::approves).extracting(r -> r.id().code())
                .containsExactly("ZH", "BE", "FR", "BS", "TI", "VD", "NE", "GE", "JU");
        assertThat(o.reasons()).contains(
                "The people: YES has 1,299,129 of 2,560,809 valid votes nationally (50.73%), which meets more than 1/2"
                        + " (50%).",
                "Rejected: the proposal fails the states condition.");
        assertThat(o.conditions().get(1).detail()).startsWith("The states: 8.5 of 23 state votes approve (8.5 : 14.5),"
                + " which does not meet more than 1/2 of the 23 state votes (more than 11.5)");
    }

    @Test
    void australianRepublic1999FailsNationallyAndInEveryStateWhileTheActVotesYes() {
        DoubleMajorityOutcome o = (DoubleMajorityOutcome) RuleBook.named("au-s128").settings().toScheme()
                .evaluate(tally(AU_1999_REPUBLIC, true), set("au", AU_1999_REPUBLIC));

        assertThat(o.votes()).isEqualTo(5_273_024);
        assertThat(o.valid()).isEqualTo(11_683_811);
        assertThat(o.peopleMet()).isFalse();
        assertThat(o.statesTally()).isEqualTo("0 : 6");
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.decidingFigure()).isEqualTo("45.13% YES, states 0 : 6");
        JurisdictionRow act = o.jurisdictions().stream().filter(r -> r.id().equals(JurisdictionId.of("ACT")))
                .findFirst().orElseThrow();
        assertThat(act.approves()).isTrue();
        assertThat(act.countsAsState()).isFalse();
        assertThat(o.conditions().get(1).detail()).endsWith("No state approves. Weight 0, so counted only in the"
                + " national total: ACT (approving) and NT (not approving).");
        assertThat(o.reasons()).last().isEqualTo("Rejected: the proposal fails the people and states conditions.");
    }

    @Test
    void australianTurnoutIsALowerBoundWhenBlankBallotsAreNotReported() {
        MajorityOutcome o = new Majority(Optional.empty(), Threshold.SIMPLE_MAJORITY,
                List.of(Quorum.parse("turnout>1/2")))
                .evaluate(tally(AU_1999_REPUBLIC, true), set("au", AU_1999_REPUBLIC));

        assertThat(o.quorums()).containsExactly(
                new QuorumCheck(Quorum.parse("turnout>1/2"), 11_785_000, 12_392_040, true, true));
        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
    }

    static ContestTally tally(Object[][] rows, boolean informal) {
        Tallies.Builder b = Tallies.contest("referendum", "YES", "NO");
        for (Object[] r : rows) {
            long[] votes = {((Integer) r[3]).longValue(), ((Integer) r[4]).longValue()};
            // Australia reports informal ballots but not blank ones; the Swiss source reports neither per canton.
            Count invalid = informal ? Count.of((Integer) r[5]) : Count.NOT_REPORTED;
            b.row((String) r[0], new Counts(votes, Count.NOT_REPORTED, invalid, 0, Map.of(),
                    Count.of((Integer) r[2])));
        }
        return b.build();
    }

    static JurisdictionSet set(String name, Object[][] rows) {
        String[] codesAndWeights = new String[rows.length * 2];
        for (int i = 0; i < rows.length; i++) {
            codesAndWeights[2 * i] = (String) rows[i][0];
            codesAndWeights[2 * i + 1] = (String) rows[i][1];
        }
        return Tallies.set(name, codesAndWeights);
    }
}
