package org.reftally.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reftally.model.ContestTally;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;

/** Writes test CSVs into a temporary folder and reads them with a collecting reject sink. */
final class TestInputs {

    final Path dir;
    final List<Reject> rejects = new ArrayList<>();

    TestInputs(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code lines} joined by LF, with a final LF. */
    Path csv(String name, String... lines) {
        return bytes(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    Path bytes(String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IngestResult read(IngestOptions options, Path... files) {
        return Ingest.read(Arrays.asList(files), options, rejects::add);
    }

    IngestResult read(Path... files) {
        return read(IngestOptions.defaults(), files);
    }

    static IngestOptions options(String contest, Map<String, List<OptionId>> declared, JurisdictionSet set) {
        return new IngestOptions(InputKind.AUTO, Optional.ofNullable(contest), declared, Optional.ofNullable(set),
                false);
    }

    static List<OptionId> opts(String... names) {
        return Arrays.stream(names).map(OptionId::of).toList();
    }

    static ContestTally contest(IngestResult result, String name) {
        return result.tally().contest(name).orElseThrow(() -> new AssertionError("no contest " + name + " in "
                + result.tally()));
    }

    static Counts unit(IngestResult result, String contest, String jurisdiction, String area) {
        Counts c = contest(result, contest).units().get(new Unit(JurisdictionId.of(jurisdiction), area));
        if (c == null) {
            throw new AssertionError("no unit " + jurisdiction + "/" + area + " in contest " + contest);
        }
        return c;
    }

    static Counts unit(IngestResult result, String contest, String jurisdiction) {
        return unit(result, contest, jurisdiction, "");
    }

    List<String> rejectLines() {
        return rejects.stream().map(Reject::toString).toList();
    }
}
