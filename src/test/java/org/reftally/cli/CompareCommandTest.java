package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reftally compare} on the Swiss vote of 29 November 2020 on the Responsible Business
 * Initiative: 50.73% of the people said yes, 8.5 of 23 cantonal votes did, so the rule decides.
 */
class CompareCommandTest {

    private static final String SWISS = "samples/ch-2020-responsible-business/results.csv";

    @Test
    void theSwissSampleIsAcceptedByMajorityAndRejectedByThePeopleAndTheCantons() {
        CliRun run = CliRun.run("compare", SWISS);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains(
                "The rules disagree: ACCEPTED under plurality, majority and ch-people; REJECTED under double-majority"
                        + " and ch-people-and-cantons; INVALID under hu-art8.",
                "  majority               scheme  ACCEPTED  YES     50.73% YES ",
                "  ch-people-and-cantons  rule    REJECTED  none    50.73% YES, states 8.5 : 14.5  ch ",
                "  - au-s128: jurisdiction set au does not list AG, AI, AR and 23 more of the input",
                "  - state-and-nation: this rule needs at least one state that must approve");
    }

    @Test
    void everyFormatIsWrittenAtomicallyToTheOutputFile(@TempDir Path dir) throws IOException {
        for (String format : List.of("text", "json", "csv", "markdown", "html")) {
            Path target = dir.resolve("compare." + format);
            CliRun run = CliRun.run("compare", SWISS, "-f", format, "-o", target.toString());
            assertThat(run.exit()).as(format).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).as(format).isEmpty();
            assertThat(Files.readString(target, StandardCharsets.UTF_8)).as(format)
                    .contains("ch-people-and-cantons", "8.5 : 14.5");
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("compare.json").toFile());
        JsonNode results = json.get("contests").get(0).get("results");
        assertThat(results.get(1).get("outcome").get("decision").asText()).isEqualTo("accepted");
        assertThat(results.get(3).get("name").asText()).isEqualTo("ch-people-and-cantons");
        assertThat(results.get(3).get("outcome").get("decision").asText()).isEqualTo("rejected");
        assertThat(Files.readAllLines(dir.resolve("compare.csv"))).contains(
                "referendum,majority,scheme,accepted,YES,50.73% YES,(from input),more than half of the valid votes,,",
                "referendum,ch-people-and-cantons,rule,rejected,,\"50.73% YES, states 8.5 : 14.5\",ch,Swiss Federal"
                        + " Constitution art. 140 and 142,,");
    }

    @Test
    void requireAppliesTheStateAndNationRule() {
        CliRun run = CliRun.run("compare", SWISS, "--require", "GE");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("  state-and-nation       rule    ACCEPTED  YES     50.73% YES ")
                .doesNotContain("- state-and-nation:");
    }

    @Test
    void aGivenJurisdictionSetAppliesEveryRuleToItWithANote() {
        CliRun run = CliRun.run("compare", SWISS, "--jurisdictions", "ch");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("  au-s128                rule    REJECTED  none    50.73% YES, states 8.5 : 14.5",
                "  au-s128: --jurisdictions ch overrides the rule's au",
                "  double-majority        scheme  REJECTED  none    50.73% YES, states 8.5 : 14.5");
    }

    @Test
    void aMissingInputIsAFileProblem() {
        CliRun run = CliRun.run("compare", "no/such/file.csv");

        assertThat(run.exit()).isEqualTo(ExitCodes.FILE);
        assertThat(run.err()).isEqualTo("reftally: no/such/file.csv: no such file" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aContestTheInputLacksIsAUsageErrorNotABug() {
        for (String command : List.of("compare", "tally")) {
            CliRun run = CliRun.run(command, SWISS, "--contest", "nope");

            assertThat(run.exit()).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(run.err()).as(command).isEqualTo("reftally: --contest nope names no contest in the input"
                    + " (contests: referendum)" + System.lineSeparator());
        }
    }

    @Test
    void helpShowsTheRuleOptionsAndTheExitCodes() {
        CliRun run = CliRun.run("compare", "--help");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Usage: reftally compare", "--proposal=OPTION", "--require=CODE",
                "--jurisdictions=SET", "Exit codes:", "3   Rows were rejected").doesNotContain("--rule", "--threshold");
    }

    @Test
    void theRootHelpListsCompare() {
        assertThat(CliRun.run("--help").out()).contains("compare");
    }
}
