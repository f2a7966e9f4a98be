package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.scheme.Tallies.contest;
import static org.reftally.scheme.Tallies.equalSet;
import static org.reftally.scheme.Tallies.votes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.model.Count;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.scheme.PluralityOutcome.JurisdictionLeaders;

class PluralityTest {

    private final JurisdictionSet abc = equalSet("abc", "A", "B", "C");

    @Test
    void theOptionWithMostValidVotesWins() {
        PluralityOutcome o = new Plurality().evaluate(
                contest("q", "Red", "Green", "Blue").row("A", 5, 3, 1).row("B", 1, 4, 1).row("C", 2, 2, 0).build(),
                abc);

        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.winner()).contains(OptionId.of("Green"));
        assertThat(o.leaderVotes()).isEqualTo(9);
        assertThat(o.valid()).isEqualTo(19);
        assertThat(o.decidingFigure()).isEqualTo("47.37% Green");
        assertThat(o.reasons().get(0)).isEqualTo(
                "Green has the most valid votes: 9 of 19 (47.37%), ahead of the next option by 1.");
    }

    @Test
    void equalTopCountsNationallyAreATieNamingEveryTiedOption() {
        PluralityOutcome o = new Plurality().evaluate(
                contest("q", "Red", "Green", "Blue").row("A", 4, 4, 1).row("B", 1, 1, 4).row("C", 0, 0, 0).build(),
                abc);

        assertThat(o.decision()).isEqualTo(Decision.TIE);
        assertThat(o.winner()).isEmpty();
        assertThat(o.leaders()).containsExactly(OptionId.of("Red"), OptionId.of("Green"), OptionId.of("Blue"));
        assertThat(o.reasons().get(0)).startsWith("Red, Green and Blue are tied with 5 votes each");
        assertThat(o.decidingFigure()).isEqualTo("tie at 5");
    }

    @Test
    void aTieWithinAJurisdictionNamesEveryTiedOption() {
        PluralityOutcome o = new Plurality().evaluate(
                contest("q", "Red", "Green", "Blue").row("A", 3, 3, 1).row("B", 9, 1, 1).build(),
                equalSet("ab", "A", "B"));

        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.jurisdictions()).containsExactly(
                new JurisdictionLeaders(JurisdictionId.of("A"), List.of(OptionId.of("Red"), OptionId.of("Green")), 3,
                        7),
                new JurisdictionLeaders(JurisdictionId.of("B"), List.of(OptionId.of("Red")), 9, 11));
        assertThat(o.reasons()).contains("In A, Red and Green are tied with 3 votes each.",
                "Red leads in 1 of 2 jurisdictions: B.");
    }

    @Test
    void noValidVotesIsRejectedBecauseNothingLeads() {
        PluralityOutcome o = new Plurality().evaluate(
                contest("q", "Red", "Green").row("A", votes(0, 0), Count.of(7), Count.NOT_REPORTED).build(),
                equalSet("a", "A"));

        assertThat(o.decision()).isEqualTo(Decision.REJECTED);
        assertThat(o.leaders()).isEmpty();
        assertThat(o.reasons()).contains("No valid votes were cast, so no option leads.", "No valid votes in A.");
    }

    @Test
    void aMemberWithoutBallotsHasNoLeaderButStillHasARow() {
        PluralityOutcome o = new Plurality().evaluate(contest("q", "Red", "Green").row("A", 2, 1).build(), abc);

        assertThat(o.jurisdictions()).extracting(JurisdictionLeaders::jurisdiction)
                .containsExactly(JurisdictionId.of("A"), JurisdictionId.of("B"), JurisdictionId.of("C"));
        assertThat(o.jurisdictions().get(1).leaders()).isEmpty();
        assertThat(o.reasons()).contains("No valid votes in B and C.");
    }

    @Test
    void closeSharesShowEnoughDigitsToSeparateTheLeaderFromTheRunnerUp() {
        // 50.004% against 49.996%: two decimals would print both as 50.00%.
        PluralityOutcome o = new Plurality().evaluate(
                contest("q", "Red", "Green").row("A", 12_501, 12_499).build(), equalSet("a", "A"));

        assertThat(o.decidingFigure()).isEqualTo("50.004% Red");
    }
}
