package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seats from the command line: proportional tallies, apportionment, and ties that must be decided. */
class SeatCommandsTest {

    @TempDir
    Path dir;

    private Path returns(String body) throws IOException {
        Path p = dir.resolve("r.csv");
        Files.writeString(p, "jurisdiction,A,B,C\n" + body);
        return p;
    }

    @Test
    void aTiedSeatUnderTiesErrorStopsWithAUsageErrorNamingTheParties() throws IOException {
        CliRun run = CliRun.run("tally", returns("X,11,11,11\n").toString(), "--options", "A,B,C",
                "--scheme", "proportional", "--seats", "4", "--method", "dhondt");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().lines()).hasSize(1).first().asString().contains("tied").contains("A").contains("B")
                .contains("C");
    }

    @Test
    void aTiedSeatDrawnByLotIsReproducibleAndReported() throws IOException {
        String file = returns("X,11,11,11\n").toString();
        CliRun first = CliRun.run("tally", file, "--scheme", "proportional", "--seats", "4", "--ties", "lot",
                "--seed", "42", "-f", "json");
        CliRun second = CliRun.run("tally", file, "--scheme", "proportional", "--seats", "4", "--ties", "lot",
                "--seed", "42", "-f", "json");
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo(second.out()).contains("tie_breaks").contains("\"policy\"");
    }

    @Test
    void proportionalSeatsFollowTheMethod() throws IOException {
        String file = returns("X,5117,4400,162\nY,0,0,161\n").toString();
        CliRun run = CliRun.run("tally", file, "--scheme", "proportional", "--seats", "100", "--method", "hamilton");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("proportional: ACCEPTED");
    }

    @Test
    void apportionNeedsEitherSeatsOrADivisor() throws IOException {
        Path pop = dir.resolve("p.csv");
        Files.writeString(pop, "jurisdiction,population\nA,5670\nB,3850\nC,420\nD,60\n");
        assertThat(CliRun.run("apportion", pop.toString()).exit()).isEqualTo(ExitCodes.USAGE);
        CliRun alabama = CliRun.run("apportion", pop.toString(), "--seats", "324", "--method", "hamilton", "-f", "csv");
        assertThat(alabama.exit()).as(alabama.err()).isZero();
        assertThat(alabama.out()).contains("A,A,5670,184").contains("C,C,420,13");
    }

    @Test
    void anUnknownMethodListsTheValidOnes() throws IOException {
        CliRun run = CliRun.run("tally", returns("X,1,2,3\n").toString(), "--scheme", "proportional", "--seats", "3",
                "--method", "borda");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("borda").contains("dhondt");
    }
}
