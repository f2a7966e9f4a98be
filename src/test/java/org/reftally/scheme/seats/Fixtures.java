package org.reftally.scheme.seats;

import java.util.ArrayList;
import java.util.List;

/** Small builders shared by the seat tests: parties named A, B, C, ... in input order. */
final class Fixtures {

  private Fixtures() {}

  static List<Party> parties(long... votes) {
    List<Party> parties = new ArrayList<>();
    for (int i = 0; i < votes.length; i++) {
      parties.add(new Party(String.valueOf((char) ('A' + i)), votes[i]));
    }
    return parties;
  }

  static SeatProblem.Builder problem(SeatMethod method, int houseSize, long... votes) {
    return SeatProblem.builder(method, houseSize).parties(parties(votes));
  }

  static List<Integer> seats(SeatMethod method, int houseSize, long... votes) {
    return SeatAllocator.allocate(problem(method, houseSize, votes).build()).seats();
  }
}
