package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.Count;
import org.reftally.model.Counts;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;
import org.reftally.model.Unit;

class ReturnsExpanderTest {

    private static final Contest YES_NO = Contest.of("referendum", "YES", "NO");
    private static final Unit CA = Unit.of(JurisdictionId.of("CA"));
    private static final Unit TX = Unit.of(JurisdictionId.of("TX"));

    @Test
    void expandedReturnsRecountToTheirVotesBlankAndInvalidBallots() {
        ContestTally returns = new ContestTally(YES_NO, Map.of(
                CA, counts(new long[] {60, 40}, Count.of(5), Count.of(7), 2, Map.of("spoilt", 3L), Count.of(200)),
                TX, counts(new long[] {30, 70}, Count.of(0), Count.of(1), 0, Map.of(), Count.NOT_REPORTED)));
        ReturnsExpander expander = ReturnsExpander.of(returns, 42);
        assertThat(expander.rows()).isEqualTo(112 + 101);
        Map<Unit, Counts> recount = recount(write(expander), YES_NO);
        assertThat(recount).isEqualTo(expander.expected().units());
        Counts ca = recount.get(CA);
        assertThat(ca.votes()).containsExactly(60, 40);
        assertThat(ca.blank()).isEqualTo(Count.of(5));
        assertThat(ca.invalid()).isEqualTo(Count.of(7));
        // The 2 recorded overvotes and 3 "spoilt" are reproduced; the 2 invalid ballots left
        // unexplained become overvotes.
        assertThat(ca.overvotes()).isEqualTo(4);
        assertThat(ca.unrecognised()).containsExactlyEntriesOf(Map.of("spoilt", 3L));
    }

    @Test
    void theElectorateIsNotABallot() {
        ContestTally returns = new ContestTally(YES_NO, Map.of(
                CA, counts(new long[] {3, 2}, Count.of(0), Count.of(0), 0, Map.of(), Count.of(1_000_000))));
        ReturnsExpander expander = ReturnsExpander.of(returns, 1);
        assertThat(expander.rows()).isEqualTo(5);
        assertThat(expander.expected().units().get(CA).electorate()).isEqualTo(Count.NOT_REPORTED);
    }

    @Test
    void unreportedBlankAndInvalidBallotsWriteNone() {
        ContestTally returns = new ContestTally(YES_NO, Map.of(
                CA, counts(new long[] {3, 2}, Count.NOT_REPORTED, Count.NOT_REPORTED, 0, Map.of(),
                        Count.NOT_REPORTED)));
        ReturnsExpander expander = ReturnsExpander.of(returns, 1);
        String file = write(expander);
        assertThat(file.lines().skip(1)).hasSize(5).noneMatch(l -> l.endsWith(",") || l.contains("|"));
        assertThat(recount(file, YES_NO).get(CA).blank()).isEqualTo(Count.ZERO);
    }

    @Test
    void aOneOptionContestWritesUnexplainedInvalidBallotsAsInvalid() {
        Contest approve = Contest.of("recall", "Approve");
        ContestTally returns = new ContestTally(approve, Map.of(
                CA, counts(new long[] {10}, Count.of(1), Count.of(4), 0, Map.of(), Count.NOT_REPORTED)));
        ReturnsExpander expander = ReturnsExpander.of(returns, 3);
        Counts recount = recount(write(expander), approve).get(CA);
        assertThat(recount.unrecognised()).containsExactlyEntriesOf(Map.of("INVALID", 4L));
        assertThat(recount.overvotes()).isZero();
        assertThat(recount.invalid()).isEqualTo(Count.of(4));
    }

    @Test
    void overvotesOfAOneOptionContestCannotBeWritten() {
        Contest approve = Contest.of("recall", "Approve");
        ContestTally returns = new ContestTally(approve, Map.of(
                CA, counts(new long[] {10}, Count.of(1), Count.of(4), 1, Map.of(), Count.NOT_REPORTED)));
        assertThatThrownBy(() -> ReturnsExpander.of(returns, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CA: 1 overvotes cannot be written for contest recall, which has only one option");
    }

    @Test
    void anUnrecognisedValueThatNamesAnOptionCannotBeWritten() {
        ContestTally returns = new ContestTally(YES_NO, Map.of(
                CA, counts(new long[] {1, 1}, Count.of(0), Count.of(1), 0, Map.of("yes", 1L), Count.NOT_REPORTED)));
        assertThatThrownBy(() -> ReturnsExpander.of(returns, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CA: the unrecognised value 'yes' cannot be written as a ballot: a reader would count it"
                        + " as a vote");
    }

    @Test
    void areasGetTheirOwnColumnAndAreQuotedWhenNeeded() {
        Unit durham = new Unit(JurisdictionId.of("NC"), "Durham, City of");
        Unit quoted = new Unit(JurisdictionId.of("NC"), "The \"Triangle\"");
        ContestTally returns = new ContestTally(YES_NO, Map.of(
                durham, counts(new long[] {2, 1}, Count.of(1), Count.of(0), 0, Map.of(), Count.NOT_REPORTED),
                quoted, counts(new long[] {0, 2}, Count.of(0), Count.of(0), 0, Map.of(), Count.NOT_REPORTED)));
        ReturnsExpander expander = ReturnsExpander.of(returns, 9);
        String file = write(expander);
        assertThat(file).startsWith("ballot_id,jurisdiction,area,choice\n").contains(",NC,\"Durham, City of\",")
                .contains(",NC,\"The \"\"Triangle\"\"\",NO\n");
        assertThat(recount(file, YES_NO)).isEqualTo(expander.expected().units());
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherOrder() {
        ContestTally returns = new ContestTally(YES_NO, Map.of(
                CA, counts(new long[] {600, 400}, Count.of(5), Count.of(7), 0, Map.of(), Count.NOT_REPORTED),
                TX, counts(new long[] {300, 700}, Count.of(0), Count.of(1), 0, Map.of(), Count.NOT_REPORTED)));
        String a = write(ReturnsExpander.of(returns, 1));
        assertThat(write(ReturnsExpander.of(returns, 1))).isEqualTo(a);
        String b = write(ReturnsExpander.of(returns, 2));
        assertThat(b).isNotEqualTo(a);
        assertThat(recount(b, YES_NO)).isEqualTo(recount(a, YES_NO));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void seededRandomReturnsExpandToBallotsThatRecountToThem(long seed) {
        Random random = new Random(seed);
        List<String> pool = List.of("YES", "NO", "Yes, please", "Abstain", "Option \"C\"");
        int optionCount = 1 + random.nextInt(4);
        Contest contest = new Contest("q", pool.subList(0, optionCount).stream().map(OptionId::of).toList());
        boolean areas = random.nextBoolean();
        Map<Unit, Counts> units = new TreeMap<>();
        int unitCount = 1 + random.nextInt(12);
        for (int u = 0; u < unitCount; u++) {
            Unit unit = new Unit(JurisdictionId.of("J" + random.nextInt(5)), areas ? "Area, " + random.nextInt(4) : "");
            long[] votes = new long[optionCount];
            for (int k = 0; k < optionCount; k++) {
                votes[k] = random.nextInt(4) == 0 ? 0 : random.nextInt(300);
            }
            long overvotes = optionCount > 1 && random.nextBoolean() ? random.nextInt(5) : 0;
            Map<String, Long> unrecognised = new TreeMap<>();
            if (random.nextBoolean()) {
                unrecognised.put(random.nextBoolean() ? "spoilt" : "N/A, none", 1L + random.nextInt(4));
            }
            long named = overvotes + unrecognised.values().stream().mapToLong(Long::longValue).sum();
            Count invalid = named == 0 && random.nextBoolean() ? Count.NOT_REPORTED
                    : Count.of(named + random.nextInt(6));
            Count blank = random.nextBoolean() ? Count.NOT_REPORTED : Count.of(random.nextInt(20));
            units.merge(unit, counts(votes, blank, invalid, overvotes, unrecognised, Count.of(10_000)), Counts::plus);
        }
        ContestTally returns = new ContestTally(contest, units);
        ReturnsExpander expander = ReturnsExpander.of(returns, random.nextLong());
        Map<Unit, Counts> recount = recount(write(expander), contest);
        assertThat(recount).isEqualTo(expander.expected().units());
        long cast = 0;
        for (Map.Entry<Unit, Counts> e : returns.units().entrySet()) {
            Counts given = e.getValue();
            cast += given.cast().value();
            Counts got = recount.get(e.getKey());
            if (given.cast().value() == 0) {
                assertThat(got).isNull();
                continue;
            }
            assertThat(got.votes()).containsExactly(given.votes());
            assertThat(got.blank().value()).isEqualTo(given.blank().value());
            assertThat(got.invalid().value()).isEqualTo(given.invalid().value());
            assertThat(got.overvotes()).isGreaterThanOrEqualTo(given.overvotes());
            assertThat(got.unrecognised()).containsAllEntriesOf(given.unrecognised());
        }
        assertThat(expander.rows()).isEqualTo(cast);
    }

    private static Counts counts(long[] votes, Count blank, Count invalid, long overvotes, Map<String, Long> unrec,
            Count electorate) {
        return new Counts(votes, blank, invalid, overvotes, unrec, electorate);
    }

    private static String write(ReturnsExpander expander) {
        StringWriter out = new StringWriter();
        try {
            expander.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** An independent recount with OpenCSV's RFC 4180 parser and the ballot rules applied by hand. */
    private static Map<Unit, Counts> recount(String csv, Contest contest) {
        List<String[]> rows;
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(csv))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            rows = reader.readAll();
        } catch (IOException | CsvException e) {
            throw new AssertionError(e);
        }
        List<String> header = Arrays.asList(rows.get(0));
        int area = header.indexOf("area");
        int choice = header.indexOf("choice");
        Set<String> ids = new HashSet<>();
        Map<Unit, Counts> units = new TreeMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(rows.get(0));
            assertThat(ids.add(row[0])).as("unique ballot id %s", row[0]).isTrue();
            Unit unit = new Unit(JurisdictionId.of(row[1]), area < 0 ? "" : row[area]);
            units.merge(unit, ballot(contest, row[choice].strip()), Counts::plus);
        }
        return units;
    }

    private static Counts ballot(Contest contest, String value) {
        long[] votes = new long[contest.optionCount()];
        Set<String> marks = new LinkedHashSet<>();
        for (String mark : value.split("\\|")) {
            if (!mark.isBlank()) {
                marks.add(mark.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (value.isEmpty()) {
            return new Counts(votes, Count.of(1), Count.ZERO, 0, Map.of(), Count.NOT_REPORTED);
        }
        if (marks.size() > 1) {
            return new Counts(votes, Count.ZERO, Count.of(1), 1, Map.of(), Count.NOT_REPORTED);
        }
        int option = contest.indexOf(value);
        if (option < 0) {
            return new Counts(votes, Count.ZERO, Count.of(1), 0, Map.of(value, 1L), Count.NOT_REPORTED);
        }
        votes[option] = 1;
        return new Counts(votes, Count.ZERO, Count.ZERO, 0, Map.of(), Count.NOT_REPORTED);
    }
}
