package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;

/**
 * The 2020 apportionment of the US House (2 U.S.C. 2a): 435 seats, Huntington-Hill, at least one
 * per state. Populations are the Census Bureau's apportionment populations (table A), copied into
 * the test resources; the expected seats are the official table 1.
 */
class UsHouse2020Test {

  private static final Map<String, Integer> OFFICIAL_SEATS = Map.ofEntries(
      Map.entry("AL", 7), Map.entry("AK", 1), Map.entry("AZ", 9), Map.entry("AR", 4),
      Map.entry("CA", 52), Map.entry("CO", 8), Map.entry("CT", 5), Map.entry("DE", 1),
      Map.entry("FL", 28), Map.entry("GA", 14), Map.entry("HI", 2), Map.entry("ID", 2),
      Map.entry("IL", 17), Map.entry("IN", 9), Map.entry("IA", 4), Map.entry("KS", 4),
      Map.entry("KY", 6), Map.entry("LA", 6), Map.entry("ME", 2), Map.entry("MD", 8),
      Map.entry("MA", 9), Map.entry("MI", 13), Map.entry("MN", 8), Map.entry("MS", 4),
      Map.entry("MO", 8), Map.entry("MT", 2), Map.entry("NE", 3), Map.entry("NV", 4),
      Map.entry("NH", 2), Map.entry("NJ", 12), Map.entry("NM", 3), Map.entry("NY", 26),
      Map.entry("NC", 14), Map.entry("ND", 1), Map.entry("OH", 15), Map.entry("OK", 5),
      Map.entry("OR", 6), Map.entry("PA", 17), Map.entry("RI", 2), Map.entry("SC", 7),
      Map.entry("SD", 1), Map.entry("TN", 9), Map.entry("TX", 38), Map.entry("UT", 4),
      Map.entry("VT", 1), Map.entry("VA", 11), Map.entry("WA", 10), Map.entry("WV", 2),
      Map.entry("WI", 8), Map.entry("WY", 1));

  private static SeatAllocation house;

  /** The 50 states of the resource CSV (header jurisdiction,name,population), by postal code. */
  static List<Party> states() {
    String resource = "us-2020-apportionment.csv";
    try (InputStream in = Objects.requireNonNull(
            UsHouse2020Test.class.getResourceAsStream(resource), resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).isEqualTo("jurisdiction,name,population");
      List<Party> states = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        states.add(new Party(cells[0], Long.parseLong(cells[2])));
      }
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  static void apportion() {
    house = SeatAllocator.allocate(SeatProblem.builder(SeatMethod.HUNTINGTON_HILL, 435)
        .parties(states()).minSeats(1).build());
  }

  @Test
  void theResourceHoldsTheOfficialApportionmentPopulation() {
    assertThat(states()).hasSize(50);
    assertThat(states().stream().mapToLong(Party::votes).sum()).isEqualTo(331_108_434L);
  }

  @Test
  void everyStateGetsItsOfficialNumberOfSeats() {
    assertThat(house.parties()).hasSize(50).allSatisfy(s ->
        assertThat(s.seats()).as(s.name()).isEqualTo(OFFICIAL_SEATS.get(s.name())));
    assertThat(house.tieBreaks()).isEmpty();
  }

  @Test
  void seat435GoesToMinnesotaAndNewYorkIsFirstRunnerUp() {
    Award last = house.lastAwards().get(house.lastAwards().size() - 1);
    assertThat(last.seat()).isEqualTo(435);
    assertThat(last.party()).isEqualTo("MN");
    // Minnesota's 8th seat: 5709752 / sqrt(7 * 8)
    assertThat(last.priority()).isEqualTo(new Priority(5_709_752, Fraction.of(56), true));
    assertThat(house.lastPriority()).contains(last.priority());

    Award runnerUp = house.runnersUp().get(0);
    assertThat(runnerUp.seat()).isEqualTo(436);
    assertThat(runnerUp.party()).isEqualTo("NY");
    // New York's 27th seat: 20215751 / sqrt(26 * 27)
    assertThat(runnerUp.priority()).isEqualTo(new Priority(20_215_751, Fraction.of(702), true));
    assertThat(runnerUp.priority()).isLessThan(last.priority());
  }

  @Test
  void withoutAStatedMinimumTheInfinitePriorityGivesEveryStateItsFirstSeatAnyway() {
    SeatAllocation a = SeatAllocator.allocate(SeatProblem.builder(SeatMethod.HUNTINGTON_HILL, 435)
        .parties(states()).build());
    assertThat(a.seats()).isEqualTo(house.seats());
    assertThat(a.tieBreaks()).isEmpty(); // 50 states tied at infinity, 435 seats: no decision
  }

  @Test
  void minimumSeatsAreSeatsOneToFiftySoAwardsStartAt51() {
    SeatAllocation a = SeatAllocator.allocate(SeatProblem.builder(SeatMethod.HUNTINGTON_HILL, 51)
        .parties(states()).minSeats(1).traceLength(1).build());
    // Seat 51, the first by priority, goes to California: 39576757 / sqrt(2).
    assertThat(a.lastAwards()).containsExactly(
        new Award(51, "CA", new Priority(39_576_757, Fraction.of(2), true)));
  }

  @Test
  void priorityApproximationIsForDisplay() {
    Award last = house.lastAwards().get(house.lastAwards().size() - 1);
    assertThat(last.priority().approximate(new MathContext(10)).toPlainString())
        .isEqualTo("762997.7053");
    assertThat(house.runnersUp().get(0).priority().approximate(new MathContext(10))
        .toPlainString()).isEqualTo("762994.3528");
  }
}
