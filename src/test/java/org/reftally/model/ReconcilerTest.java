package org.reftally.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.model.ModelFixtures.ballots;
import static org.reftally.model.ModelFixtures.contest;
import static org.reftally.model.ModelFixtures.unit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reftally.model.Reconciliation.ContestCheck;
import org.reftally.model.Reconciliation.Difference;
import org.reftally.model.Reconciliation.Level;

class ReconcilerTest {

    private static final Contest REF = Contest.of("referendum", "YES", "NO");

    private static Counts returns(long yes, long no) {
        return new Counts(new long[] {yes, no}, Count.NOT_REPORTED, Count.of(1), 0, Map.of(), Count.of(100));
    }

    @Test
    void equalCountsAgree() {
        Tally r = new Tally(List.of(contest(REF, unit("ZH", "A"), returns(5, 3))));
        Tally b = new Tally(List.of(contest(REF, unit("ZH", "A"), ballots(2, 1, 5, 3))));

        Reconciliation rec = Reconciler.reconcile(r, b);

        assertThat(rec.agrees()).isTrue();
        assertThat(rec.contests()).singleElement().extracting(ContestCheck::level).isEqualTo(Level.AREA);
    }

    @Test
    void everyDifferingFigureIsReportedWithReturnsMinusBallots() {
        Tally r = new Tally(List.of(contest(REF, unit("ZH", "A"), returns(5, 3))));
        Tally b = new Tally(List.of(contest(REF, unit("ZH", "A"), ballots(0, 2, 4, 3))));

        List<Difference> differences = Reconciler.reconcile(r, b).contests().get(0).differences();

        assertThat(differences).containsExactly(
                new Difference(unit("ZH", "A"), "votes", Optional.of(OptionId.of("YES")), 5, 4),
                new Difference(unit("ZH", "A"), "invalid", Optional.empty(), 1, 2));
        assertThat(differences.get(0).difference()).isEqualTo(1);
        assertThat(differences.get(1).difference()).isEqualTo(-1);
    }

    @Test
    void unitsAndContestsInOneSourceOnlyAreReported() {
        Contest other = Contest.of("bridge", "YES", "NO");
        Tally r = new Tally(List.of(contest(REF, unit("ZH", "A"), returns(5, 3), unit("ZH", "B"), returns(1, 1)),
                contest(other, unit("ZH", "A"), returns(1, 1))));
        Tally b = new Tally(List.of(contest(REF, unit("ZH", "A"), ballots(0, 1, 5, 3), unit("ZH", "C"),
                ballots(0, 0, 1, 0))));

        Reconciliation rec = Reconciler.reconcile(r, b);

        assertThat(rec.agrees()).isFalse();
        assertThat(rec.contestsOnlyInReturns()).containsExactly("bridge");
        assertThat(rec.contests().get(0).onlyInReturns()).containsExactly(unit("ZH", "B"));
        assertThat(rec.contests().get(0).onlyInBallots()).containsExactly(unit("ZH", "C"));
        assertThat(rec.contests().get(0).differences()).isEmpty();
    }

    @Test
    void areaLessReturnsAreComparedWithTheBallotsAddedUpPerJurisdiction() {
        Tally r = new Tally(List.of(contest(REF, unit("ZH", ""), returns(7, 3))));
        Tally b = new Tally(List.of(contest(REF, unit("ZH", "A"), ballots(0, 1, 5, 3), unit("ZH", "B"),
                ballots(0, 0, 2, 0))));

        ContestCheck check = Reconciler.reconcile(r, b).contests().get(0);

        assertThat(check.level()).isEqualTo(Level.JURISDICTION);
        assertThat(check.agrees()).isTrue();
    }

    @Test
    void anOptionOneSourceLacksCountsZeroThere() {
        Contest three = Contest.of("referendum", "YES", "NO", "MAYBE");
        Tally r = new Tally(List.of(contest(REF, unit("ZH", ""), returns(5, 3))));
        Tally b = new Tally(List.of(contest(three, unit("ZH", ""), ballots(0, 1, 5, 3, 2))));

        assertThat(Reconciler.reconcile(r, b).contests().get(0).differences()).containsExactly(
                new Difference(unit("ZH", ""), "votes", Optional.of(OptionId.of("MAYBE")), 0, 2));
    }
}
