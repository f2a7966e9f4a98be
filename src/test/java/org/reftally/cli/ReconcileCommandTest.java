package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.cli.CanvassRun.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileCommandTest {

    @TempDir
    Path dir;

    private Path ballots;

    @BeforeEach
    void ballots() {
        ballots = write(dir.resolve("ballots.csv"), "jurisdiction,county,choice", "NORTH,Ash,Remain", "NORTH,Ash,Leave",
                "NORTH,Ash,", "NORTH,Birch,Leave", "SOUTH,Cedar,Remain");
    }

    @Test
    void returnsThatAddUpToTheBallotsAgreeWithExit0() {
        Path returns = write(dir.resolve("r.csv"), "jurisdiction,county,Remain,Leave,blank,invalid",
                "NORTH,Ash,1,1,1,0", "NORTH,Birch,0,1,0,0", "SOUTH,Cedar,1,0,0,0");

        CanvassRun run = CanvassRun.of("reconcile", "--returns", returns, "--ballots", ballots);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Contest: referendum (compared by area)\n  All figures agree.\n")
                .endsWith("Result: the returns and the ballots agree.\n");
    }

    @Test
    void everyDifferenceAndEveryUnitInOneSourceIsReportedWithExit3() {
        Path returns = write(dir.resolve("r.csv"), "jurisdiction,county,Remain,Leave,blank,invalid",
                "NORTH,Ash,2,1,1,", "NORTH,Birch,0,1,0,0", "EAST,Elm,5,5,0,0");

        CanvassRun text = CanvassRun.of("reconcile", "--returns", returns, "--ballots", ballots);
        CanvassRun csv = CanvassRun.of("reconcile", "--returns", returns, "--ballots", ballots, "-f", "csv");

        assertThat(text.code()).isEqualTo(3);
        assertThat(text.out()).contains("""
                Contest: referendum (compared by area)
                  Unit       Figure        Returns  Ballots  Difference
                  ---------  ------------  -------  -------  ----------
                  NORTH/Ash  votes Remain        2        1          +1
                  Only in the returns: EAST/Elm
                  Only in the ballots: SOUTH/Cedar
                """).endsWith("Result: DIFFERENCES FOUND: 1 figure differs, 2 units are in one source only.\n");
        assertThat(csv.code()).isEqualTo(3);
        assertThat(csv.out()).isEqualTo("""
                contest,jurisdiction,area,issue,measure,option,returns,ballots,difference
                referendum,NORTH,Ash,differs,votes,Remain,2,1,1
                referendum,EAST,Elm,only_in_returns,,,,,
                referendum,SOUTH,Cedar,only_in_ballots,,,,,
                """);
    }

    @Test
    void areaLessReturnsAreComparedPerJurisdictionInJson() throws Exception {
        Path returns = write(dir.resolve("r.csv"), "jurisdiction,Remain,Leave,blank", "NORTH,1,1,2", "SOUTH,1,0,0");

        CanvassRun json = CanvassRun.of("reconcile", "--returns", returns, "--ballots", ballots, "-f", "json");

        assertThat(json.code()).isEqualTo(3);
        JsonNode contest = new ObjectMapper().readTree(json.out()).get("contests").get(0);
        assertThat(contest.get("level").asText()).isEqualTo("jurisdiction");
        assertThat(contest.get("differences").toString()).isEqualTo("[{\"jurisdiction\":\"NORTH\",\"area\":\"\","
                + "\"measure\":\"votes\",\"option\":\"Leave\",\"returns\":1,\"ballots\":2,\"difference\":-1},"
                + "{\"jurisdiction\":\"NORTH\",\"area\":\"\",\"measure\":\"blank\",\"option\":null,\"returns\":2,"
                + "\"ballots\":1,\"difference\":1}]");
    }

    @Test
    void markdownIsAUsageError() {
        CanvassRun run = CanvassRun.of("reconcile", "--returns", ballots, "--ballots", ballots, "-f", "markdown");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("reftally: reconcile writes text, json or csv, not markdown\n");
    }
}
