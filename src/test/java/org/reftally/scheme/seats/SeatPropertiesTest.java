package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reftally.model.Fraction;

/**
 * Seeded property tests: each seed generates a small random problem with {@link Random}, so a
 * failure names the seed that reproduces it.
 */
class SeatPropertiesTest {

  private static final List<SeatMethod> DIVISOR = Stream.of(SeatMethod.values())
      .filter(SeatMethod::isDivisorMethod).toList();
  private static final List<Fraction> FIRST_DIVISORS =
      List.of(Fraction.ONE, Fraction.of(6, 5), Fraction.of(7, 5), Fraction.of(2), Fraction.of(5, 2));

  static LongStream seeds() {
    return LongStream.range(0, 250);
  }

  /** 1 to 7 parties; small vote counts (frequent exact ties) or large ones. */
  private static long[] votes(Random r, boolean allowZero) {
    long[] votes = new long[1 + r.nextInt(7)];
    int bound = r.nextBoolean() ? 30 : 100_000;
    for (int i = 0; i < votes.length; i++) {
      votes[i] = (allowZero ? 0 : 1) + r.nextInt(bound);
    }
    return votes;
  }

  private static SeatMethod anyMethod(Random r) {
    return SeatMethod.values()[r.nextInt(SeatMethod.values().length)];
  }

  private static SeatProblem.Builder builder(SeatMethod m, int houseSize, long[] votes, Random r) {
    SeatProblem.Builder b = Fixtures.problem(m, houseSize, votes);
    if (m == SeatMethod.MODIFIED_SAINTE_LAGUE) {
      b.firstDivisor(FIRST_DIVISORS.get(r.nextInt(FIRST_DIVISORS.size())));
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void seatsAlwaysSumToTheHouseSizeWithinMinimumAndCap(long seed) {
    Random r = new Random(seed);
    long[] votes = votes(r, true);
    if (Arrays.stream(votes).sum() == 0) {
      votes[0] = 1;
    }
    int n = votes.length;
    int min = r.nextInt(3);
    int houseSize = min * n + r.nextInt(40);
    int max = Math.max(min, r.nextBoolean() ? Integer.MAX_VALUE : (houseSize + n - 1) / n + 2);
    SeatMethod m = anyMethod(r);
    SeatProblem.Builder b = builder(m, houseSize, votes, r).minSeats(min)
        .tiePolicy(r.nextBoolean() ? TiePolicy.ORDER : TiePolicy.LOT).seed(r.nextLong());
    if (max != Integer.MAX_VALUE) {
      b.maxSeats(max);
    }
    SeatAllocation a = SeatAllocator.allocate(b.build());

    assertThat(a.seats().stream().mapToInt(Integer::intValue).sum()).isEqualTo(houseSize);
    assertThat(a.seats()).allSatisfy(s -> assertThat(s).isBetween(min, max));
    assertThat(a.tieBreaks()).allSatisfy(t -> assertThat(t.seat()).isBetween(1, houseSize));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void divisorMethodsAreHouseMonotoneAndTheRunnerUpTakesTheNextSeat(long seed) {
    Random r = new Random(seed);
    long[] votes = votes(r, false);
    SeatMethod m = DIVISOR.get(r.nextInt(DIVISOR.size()));
    int min = r.nextInt(2);
    Fraction first = FIRST_DIVISORS.get(r.nextInt(FIRST_DIVISORS.size()));
    SeatAllocation previous = null;
    for (int s = min * votes.length; s <= min * votes.length + 40; s++) {
      SeatProblem.Builder b = Fixtures.problem(m, s, votes).minSeats(min)
          .tiePolicy(TiePolicy.ORDER).traceLength(1);
      if (m == SeatMethod.MODIFIED_SAINTE_LAGUE) {
        b.firstDivisor(first);
      }
      SeatAllocation a = SeatAllocator.allocate(b.build());
      if (previous != null) {
        for (int i = 0; i < votes.length; i++) {
          assertThat(a.seats().get(i)).as("party %d at house size %d", i, s)
              .isGreaterThanOrEqualTo(previous.seats().get(i));
        }
        String runnerUp = previous.runnersUp().get(0).party();
        assertThat(a.seatsOf(runnerUp)).isEqualTo(previous.seatsOf(runnerUp) + 1);
      }
      previous = a;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hamiltonGivesTheFloorOrTheCeilingOfTheExactQuota(long seed) {
    Random r = new Random(seed);
    long[] votes = votes(r, true);
    votes[0] += 1;
    int houseSize = r.nextInt(60);
    SeatAllocation a = SeatAllocator.allocate(Fixtures.problem(SeatMethod.HARE, houseSize, votes)
        .tiePolicy(TiePolicy.LOT).seed(seed).build());

    BigInteger total = BigInteger.valueOf(Arrays.stream(votes).sum());
    for (int i = 0; i < votes.length; i++) {
      Fraction quota = Fraction.of(BigInteger.valueOf(votes[i] * houseSize), total);
      assertThat(a.parties().get(i).quota()).isEqualTo(quota);
      assertThat(BigInteger.valueOf(a.seats().get(i)))
          .isBetween(quota.floor(), quota.ceiling());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void divisorMethodsAgreeWithTheFindADivisorFormulation(long seed) {
    Random r = new Random(seed);
    long[] votes = votes(r, false);
    int n = votes.length;
    int min = r.nextInt(3) == 0 ? 1 : 0;
    int houseSize = min * n + r.nextInt(30);
    int max = r.nextInt(3) == 0 ? Math.max(min, (houseSize + n - 1) / n + 1) : Integer.MAX_VALUE;
    for (SeatMethod m : DIVISOR) {
      Fraction first = FIRST_DIVISORS.get(r.nextInt(FIRST_DIVISORS.size()));
      SeatProblem.Builder b = Fixtures.problem(m, houseSize, votes).minSeats(min);
      if (m == SeatMethod.MODIFIED_SAINTE_LAGUE) {
        b.firstDivisor(first);
      }
      if (max != Integer.MAX_VALUE) {
        b.maxSeats(max);
      }
      SeatProblem problem = b.build();
      String description = m + " " + Arrays.toString(votes) + " S=" + houseSize + " min=" + min
          + " max=" + max + " first=" + first;
      Optional<int[]> expected = BruteForce.divisor(m, first, votes, houseSize, min, max);
      if (expected.isEmpty()) {
        assertThat(catchThrowable(() -> SeatAllocator.allocate(problem))).as(description)
            .isInstanceOf(SeatTieException.class);
      } else {
        assertThat(SeatAllocator.allocate(problem).seats()).as(description)
            .containsExactly(Arrays.stream(expected.get()).boxed().toArray(Integer[]::new));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void largestRemainderAgreesWithSortingTheRemainders(long seed) {
    Random r = new Random(seed);
    long[] votes = votes(r, false);
    int houseSize = 1 + r.nextInt(40);
    for (SeatMethod m : List.of(SeatMethod.HARE, SeatMethod.DROOP)) {
      SeatProblem problem = Fixtures.problem(m, houseSize, votes).build();
      Optional<int[]> expected = BruteForce.largestRemainder(m, votes, houseSize);
      if (expected.isEmpty()) {
        continue; // a tie at the cut, or a degenerate Droop quota: covered elsewhere
      }
      assertThat(SeatAllocator.allocate(problem).seats()).as(m.cliName())
          .containsExactly(Arrays.stream(expected.get()).boxed().toArray(Integer[]::new));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void lotIsReproducible(long seed) {
    Random r = new Random(seed);
    long[] votes = new long[2 + r.nextInt(5)];
    Arrays.fill(votes, 1 + r.nextInt(5)); // all equal: ties guaranteed
    SeatMethod m = anyMethod(r);
    int houseSize = r.nextInt(20);
    SeatProblem p = Fixtures.problem(m, houseSize, votes).tiePolicy(TiePolicy.LOT).seed(seed)
        .build();
    assertThat(SeatAllocator.allocate(p)).isEqualTo(SeatAllocator.allocate(p));
  }
}
