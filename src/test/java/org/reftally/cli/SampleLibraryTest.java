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

    /** The full bridge on a real referendum: 2.5 million Swiss ballots written out and tallied back. */
    @Test
    void swissReturnsExpandedIntoBallotsTallyBackToTheSameCounts(@TempDir Path dir) throws IOException {
        Path ballots = dir.resolve("ballots.csv");
        String returnsFile = "samples/ch-2020-responsible-business/results.csv";
        CliRun gen = CliRun.run("generate", "--from-returns", returnsFile, "-j", "ch", "--seed", "5",
                "-o", ballots.toString());
        assertThat(gen.exit()).as(gen.err()).isZero();
        JsonNode fromReturns = totals(CliRun.run("tally", returnsFile, "-j", "ch", "-f", "json"));
        JsonNode fromBallots = totals(CliRun.run("tally", ballots.toString(), "-j", "ch", "-f", "json"));
        assertThat(fromBallots.get("votes")).isEqualTo(fromReturns.get("votes"));
        assertThat(fromBallots.get("valid").asLong()).isEqualTo(2_560_809L);
        assertThat(fromBallots.get("votes").get("YES").asLong()).isEqualTo(1_299_129L);
    }

    private static JsonNode totals(CliRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out()).get("contests").get(0).get("totals");
    }
}
