package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.scheme.Tallies.contest;
import static org.reftally.scheme.Tallies.equalSet;
import static org.reftally.scheme.Tallies.votes;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Quorum;
import org.reftally.model.Threshold;

class QuorumTest {

    private final JurisdictionSet ab = equalSet("ab", "A", "B");

    private static MajorityOutcome withQuorum(String quorum, ContestTally tally, JurisdictionSet set) {
        return new Majority(Optional.empty(), Threshold.SIMPLE_MAJORITY, List.of(Quorum.parse(quorum)))
                .evaluate(tally, set);
    }

    /** 100 registered voters in A and B together; YES wins every valid count used here. */
    private MajorityOutcome turnout(String quorum, long yes, long no, long blank) {
        return withQuorum(quorum, contest("q", "YES", "NO").row("A", votes(yes, no), blank, 60)
                .row("B", votes(0, 0), 0, 40).build(), ab);
    }

    @Test
    void turnoutQuorumIsMetAboveHalfTheElectorate() {
        MajorityOutcome o = turnout("turnout>1/2", 40, 10, 1);

        assertThat(o.quorums()).containsExactly(new QuorumCheck(Quorum.parse("turnout>1/2"), 51, 100, true));
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.reasons().get(0)).isEqualTo(
                "51 ballots cast of 100 registered voters (51.00%) meets the turnout quorum of more than 1/2 (50%).");
    }

    @Test
    void turnoutOfExactlyHalfFailsAMoreThanHalfQuorumWhateverTheVotesSay() {
        MajorityOutcome o = turnout("turnout>1/2", 40, 0, 10);

        assertThat(o.decision()).isEqualTo(Decision.INVALID);
        assertThat(o.thresholdMet()).as("the votes themselves carry").isTrue();
        assertThat(o.winner()).isEmpty();
        assertThat(o.decidingFigure()).isEqualTo("turnout 50.00%");
        assertThat(o.reasons().get(0)).isEqualTo("50 ballots cast of 100 registered voters (50.00%) does not meet the"
                + " turnout quorum of more than 1/2 (50%), so the vote is invalid whatever it says.");
    }

    @Test
    void validQuorumCountsValidVotesNotBallotsCast() {
        // 60 ballots cast, but only 50 valid: turnout would pass, the valid-vote quorum does not.
        assertThat(turnout("valid>1/2", 45, 5, 10).decision()).isEqualTo(Decision.INVALID);
        assertThat(turnout("valid>1/2", 45, 6, 10).decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(turnout("turnout>1/2", 45, 5, 10).decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void approvalQuorumCountsVotesForTheProposalAtItsBoundary() {
        assertThat(turnout("approval>=1/4", 25, 0, 0).decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(turnout("approval>=1/4", 24, 0, 0).decision()).isEqualTo(Decision.INVALID);
        assertThat(turnout("approval>1/4", 25, 0, 0).decision()).isEqualTo(Decision.INVALID);
    }

    @Test
    void approvalQuorumWithoutAProposalMeasuresTheLeadingOption() {
        MajorityOutcome o = withQuorum("approval>=1/4", contest("q", "Remain", "Leave")
                .row("A", votes(10, 30), 0, 60).row("B", votes(0, 0), 0, 40).build(), ab);

        assertThat(o.quorums().get(0).part()).isEqualTo(30);
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
    }

    @Test
    void aQuorumWithoutTheElectorateIsAnErrorNamingTheJurisdictionsLackingIt() {
        ContestTally t = contest("q", "YES", "NO").row("A", votes(5, 1), Count.ZERO, Count.NOT_REPORTED)
                .row("B", votes(5, 1), Count.ZERO, Count.of(10)).row("C", 1, 1).build();

        assertThatThrownBy(() -> withQuorum("turnout>1/2", t, equalSet("abc", "A", "B", "C")))
                .isInstanceOf(SchemeException.class)
                .hasMessage("the turnout quorum needs the electorate, which the input and the jurisdiction set do not"
                        + " give for: A, C");
    }

    @Test
    void theJurisdictionSetSuppliesAnElectorateTheInputLacks() {
        JurisdictionSet withElectorate = new JurisdictionSet("a",
                List.of(Tallies.jurisdiction("A", "1", OptionalLong.of(20))), false);

        MajorityOutcome o = withQuorum("valid>1/2", contest("q", "YES", "NO").row("A", 8, 3).build(), withElectorate);

        assertThat(o.quorums().get(0)).isEqualTo(new QuorumCheck(Quorum.parse("valid>1/2"), 11, 20, true));
    }

    @Test
    void unreportedBlankBallotsStillMeetATurnoutQuorumWhenTheReportedBallotsDo() {
        MajorityOutcome o = withQuorum("turnout>1/2", contest("q", "YES", "NO")
                .row("A", votes(50, 10), Count.NOT_REPORTED, Count.of(100)).build(), equalSet("a", "A"));

        assertThat(o.quorums().get(0).lowerBound()).isTrue();
        assertThat(o.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(o.reasons().get(0)).startsWith("At least 60 ballots cast of 100 registered voters (60.00%) meets");
    }

    @Test
    void unreportedBlankBallotsBelowATurnoutQuorumCannotBeDecided() {
        ContestTally t = contest("q", "YES", "NO").row("A", votes(30, 10), Count.NOT_REPORTED, Count.of(100)).build();

        assertThatThrownBy(() -> withQuorum("turnout>1/2", t, equalSet("a", "A")))
                .isInstanceOf(SchemeException.class)
                .hasMessage("the turnout quorum cannot be decided: blank or invalid ballots are not reported for A, and"
                        + " the 40 ballots reported (40.00% of 100 registered voters) do not reach more than 1/2 (50%);"
                        + " give the blank and invalid ballots of every jurisdiction");
    }
}
