package org.reftally.scheme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.Fraction;
import org.reftally.model.Jurisdiction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;

/**
 * The US presidential election of 8 November 2016, read with plain JDK code (the ingest package
 * is not used, so these tests stand on their own): popular votes per state and DC from
 * {@code results.csv} (long form {@code jurisdiction,name,option,votes}) and electors from
 * {@code electoral_votes.csv}. Sources and known deviations from the FEC totals are in the
 * folder's {@code meta.json}.
 */
final class Us2016 {

    private static final String FOLDER = "us-2016-11-08-president/";

    /** Options in the order they first appear: Clinton, Trump, Johnson, Stein, McMullin, Other. */
    static final List<String> OPTIONS = List.of("Clinton", "Trump", "Johnson", "Stein", "McMullin", "Other");

    private Us2016() {
    }

    /** The popular vote per jurisdiction, one unit per state and DC. */
    static ContestTally tally() {
        Map<String, long[]> votes = new LinkedHashMap<>();
        lines("results.csv", "jurisdiction,name,option,votes", cells -> {
            int option = OPTIONS.indexOf(cells[2]);
            if (option < 0) {
                throw new IllegalStateException("unexpected option " + cells[2]);
            }
            votes.computeIfAbsent(cells[0], k -> new long[OPTIONS.size()])[option] = Long.parseLong(cells[3]);
        });
        Map<Unit, Counts> units = new LinkedHashMap<>();
        // Returns report valid votes only: blank and invalid ballots are not reported.
        votes.forEach((code, v) -> units.put(Unit.of(JurisdictionId.of(code)),
                new Counts(v, Count.NOT_REPORTED, Count.NOT_REPORTED, 0, Map.of(), Count.NOT_REPORTED)));
        return new ContestTally(new Contest("President", OPTIONS.stream().map(OptionId::of)
                .toList()), units);
    }

    /** The 50 states and DC with their electors (538 in all); DC has weight 0, as it is no state. */
    static JurisdictionSet set() {
        Map<String, String> names = new LinkedHashMap<>();
        lines("results.csv", "jurisdiction,name,option,votes", cells -> names.put(cells[0], cells[1]));
        List<Jurisdiction> members = new ArrayList<>();
        lines("electoral_votes.csv", "jurisdiction,electoral_votes,method,district_allocation_given", cells ->
                members.add(new Jurisdiction(JurisdictionId.of(cells[0]), names.get(cells[0]),
                        cells[0].equals("DC") ? Fraction.ZERO : Fraction.ONE, OptionalLong.empty(),
                        OptionalLong.empty(), OptionalLong.of(Long.parseLong(cells[1])))));
        return new JurisdictionSet("us-2016", members, false);
    }

    /** Each data row's first cells; only the last column of electoral_votes.csv is quoted. */
    private static void lines(String file, String header, Consumer<String[]> row) {
        String resource = FOLDER + file;
        try (InputStream in = Objects.requireNonNull(Us2016.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (!header.equals(reader.readLine())) {
                throw new IllegalStateException(resource + " does not start with " + header);
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", 4));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
