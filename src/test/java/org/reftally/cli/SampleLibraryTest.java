package org.reftally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.ingest.ElectionFile;
import org.reftally.ingest.Ingest;
import org.reftally.ingest.IngestOptions;
import org.reftally.ingest.JurisdictionSets;
import org.reftally.ingest.RejectSink;
import org.reftally.ingest.ReturnsExpander;
import org.reftally.model.ContestTally;

/** The sample library is complete, listed, and its returns expand into ballots that tally back exactly. */
class SampleLibraryTest {

    private static List<Path> folders() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("samples"))) {
            return list.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void everySampleHasAReadmeAndGoldenRunsAndIsListed() throws IOException {
        CliRun listed = CliRun.run("samples");
        assertThat(listed.exit()).isZero();
        for (Path folder : folders()) {
            assertThat(folder.resolve("README.md")).as("README of %s", folder).isRegularFile();
            try (Stream<Path> runs = Files.list(folder.resolve("expected"))) {
                assertThat(runs.filter(p -> p.toString().endsWith(".args"))).as("golden runs of %s", folder)
                        .isNotEmpty();
            }
            String name = folder.getFileName().toString();
            assertThat(listed.out().lines().filter(l -> l.startsWith(name + " ")))
                    .as("listed with a description: %s", name).singleElement().asString().hasSizeGreaterThan(
                            name.length() + 20);
        }
    }

    /** Expanding a sample's returns gives exactly the ballots the reader will count (every returns sample). */
    @ParameterizedTest
    @ValueSource(strings = {"uk-2016-eu-referendum", "ch-2020-responsible-business", "au-1999-republic",
        "us-2016-president"})
    void expandedReturnsPlanExactlyTheReturnedCounts(String sample) {
        ElectionFile election = ElectionFile.read(Path.of("samples", sample));
        IngestOptions options = election.jurisdictions().map(JurisdictionSets::load)
                .map(IngestOptions.defaults()::withJurisdictions).orElse(IngestOptions.defaults());
        ContestTally returns = Ingest.read(election.inputs(), options, RejectSink.ignore()).tally().contests().get(0);
        ContestTally expected = ReturnsExpander.of(returns, 1).expected();
        assertThat(expected.units().keySet()).isEqualTo(returns.units().keySet());
        returns.units().forEach((unit, counts) -> {
            assertThat(expected.units().get(unit).votes()).as("%s votes", unit).isEqualTo(counts.votes());
            assertThat(expected.units().get(unit).invalid().value()).as("%s invalid", unit)
                    .isEqualTo(counts.invalid().value());
            assertThat(expected.units().get(unit).blank().value()).as("%s blank", unit)
                    .isEqualTo(counts.blank().value());
        });
    }

    /**
     * The full bridge on real referendums: the returns expanded into millions of ballot rows, written
     * out and tallied back to the same counts (2.5 M Swiss, 11.8 M Australian and 33.6 M British
     * ballots). The US sample's 137 M ballots (2.5 GB) are left to the plan check above.
     */
    @ParameterizedTest
    @CsvSource({"ch-2020-responsible-business, results.csv, ch", "au-1999-republic, results.csv, au",
        "uk-2016-eu-referendum, by-area.csv, samples/uk-2016-eu-referendum/nations.csv"})
    void returnsExpandedIntoBallotsTallyBackToTheSameCounts(String sample, String file, String set,
            @TempDir Path dir) throws IOException {
        Path ballots = dir.resolve("ballots.csv");
        String returnsFile = "samples/" + sample + "/" + file;
        CliRun gen = CliRun.run("generate", "--from-returns", returnsFile, "-j", set, "--seed", "5",
                "-o", ballots.toString());
        assertThat(gen.exit()).as(gen.err()).isZero();
        JsonNode returns = contest(CliRun.run("tally", returnsFile, "-j", set, "-f", "json"));
        List<String> options = new java.util.ArrayList<>();
        returns.get("options").forEach(o -> options.add(o.asText()));
        JsonNode fromBallots = contest(CliRun.run("tally", ballots.toString(), "-j", set, "--options",
                String.join(",", options), "-f", "json")).get("totals");
        Files.delete(ballots);
        JsonNode fromReturns = returns.get("totals");
        // Invalid ballots the returns do not explain are written as overvotes, and an unreported
        // blank or invalid count writes no ballot: votes and valid agree exactly, blank and invalid
        // agree wherever the returns report them.
        for (String figure : List.of("votes", "valid")) {
            assertThat(fromBallots.get(figure)).as(sample + " " + figure).isEqualTo(fromReturns.get(figure));
        }
        for (String figure : List.of("blank", "invalid")) {
            assertThat(fromBallots.get(figure).asLong()).as(sample + " " + figure)
                    .isEqualTo(fromReturns.get(figure).asLong()); // null, unreported, reads as 0: none written
        }
    }

    private static JsonNode contest(CliRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).get("contests").get(0);
    }

}
