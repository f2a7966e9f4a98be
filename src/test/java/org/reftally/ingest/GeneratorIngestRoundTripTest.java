package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reftally.model.ContestTally;
import org.reftally.model.Fraction;
import org.reftally.model.InputSummary;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;

/** The generator against the real ballots reader: the plan is what the reader counts and rejects. */
class GeneratorIngestRoundTripTest {

    @Test
    void theReaderTalliesAGeneratedFileExactlyAsPlanned(@TempDir Path dir) throws Exception {
        JurisdictionSet us = JurisdictionSets.load("us");
        GeneratorSpec spec = GeneratorSpec.builder(us, 1_000_000).seed(7)
                .shares(GeneratorArguments.shares("--share", "YES=0.48,NO=0.52"))
                .spread(Fraction.parse("0.05")).blank(Fraction.parse("0.01")).invalid(Fraction.parse("0.005"))
                .share(JurisdictionId.of("CA"), Map.of(OptionId.of("YES"), Fraction.parse("0.58")))
                .duplicates(GeneratorAmount.parse("d", "0.001")).malformed(GeneratorAmount.parse("m", "0.0005"))
                .build();
        Path file = dir.resolve("ballots.csv");
        GeneratorPlan plan;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            plan = Generator.write(spec, out);
        }
        List<Reject> rejects = new ArrayList<>();
        IngestResult result = Ingest.read(List.of(file), IngestOptions.defaults().withJurisdictions(us),
                rejects::add);
        InputSummary summary = result.inputs().get(0);
        assertThat(summary.rows()).isEqualTo(1_000_000);
        assertThat(summary.rejected()).isEqualTo(1000 + 500);
        assertThat(rejects.stream().filter(r -> r.toString().contains("duplicate")).count()).isEqualTo(1000);
        ContestTally tally = result.tally().contests().get(0);
        assertThat(tally).isEqualTo(plan.tally());
    }

    @Test
    void theReaderTalliesExpandedReturnsBackToThem(@TempDir Path dir) throws Exception {
        JurisdictionSet us = JurisdictionSets.load("us");
        GeneratorPlan plan = Generator.plan(GeneratorSpec.builder(us, 200_000).seed(3).spread(Fraction.parse("0.1"))
                .blank(Fraction.parse("0.02")).invalid(Fraction.parse("0.01")).build());
        ReturnsExpander expander = ReturnsExpander.of(plan.tally(), 11);
        Path file = dir.resolve("expanded.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            expander.write(out);
        }
        IngestResult result = Ingest.read(List.of(file), IngestOptions.defaults().withJurisdictions(us),
                RejectSink.ignore());
        assertThat(result.tally().contests().get(0)).isEqualTo(expander.expected()).isEqualTo(plan.tally());
    }
}
