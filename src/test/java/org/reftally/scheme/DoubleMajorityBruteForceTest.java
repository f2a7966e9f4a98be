package org.reftally.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reftally.model.JurisdictionId;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.Threshold;

/**
 * Compares {@link DoubleMajority} with a deliberately naive re-implementation over many seeded
 * random elections. The naive side keeps weights as whole half-units and thresholds as a numerator
 * and denominator, and compares by multiplying plain longs: no Fraction, no Threshold, no
 * StatesRequirement. Votes are small so that exact ties and exact boundaries occur often.
 */
class DoubleMajorityBruteForceTest {

    /** Thresholds as numerator, denominator: halves, thirds, quarters, 55%, and the extremes. */
    private static final int[][] BOUNDS = {{1, 2}, {2, 3}, {3, 5}, {1, 3}, {3, 4}, {11, 20}, {0, 1}, {1, 1}, {1, 4}};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void agreesWithANaiveCountOnRandomElections(long seed) {
        Random random = new Random(seed);
        for (int run = 0; run < 500; run++) {
            Election e = Election.random(random);
            DoubleMajorityOutcome o = e.rule().evaluate(e.tally(), e.set());

            assertThat(o.decision()).as("decision, seed %d run %d: %s", seed, run, e).isEqualTo(e.naiveDecision());
            assertThat(o.statesTally()).as("states tally, seed %d run %d: %s", seed, run, e)
                    .isEqualTo(e.naiveStatesTally());
        }
    }

    /** One random election: weights in half-units (0, 1/2, 1, 3/2), votes YES/NO/OTHER of 0..5. */
    private record Election(int[] halfUnits, long[][] votes, boolean[] gt, int[] national, int[] state,
            int statesKind, boolean statesGt, int[] statesBound, List<Integer> required) {

        static Election random(Random r) {
            int n = 1 + r.nextInt(9);
            int[] halfUnits = new int[n];
            long[][] votes = new long[n][3];
            for (int i = 0; i < n; i++) {
                halfUnits[i] = r.nextInt(4);
                for (int k = 0; k < 3; k++) {
                    votes[i][k] = k == 2 && r.nextBoolean() ? 0 : r.nextInt(6);
                }
            }
            int statesKind = r.nextInt(3); // 0: share, 1: absolute half-units, 2: none
            int[] statesBound = statesKind == 1 ? new int[] {r.nextInt(2 * n + 2), 2}
                    : BOUNDS[r.nextInt(BOUNDS.length)];
            List<Integer> required = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (r.nextInt(6) == 0) {
                    required.add(i);
                }
            }
            return new Election(halfUnits, votes, new boolean[] {r.nextBoolean(), r.nextBoolean()},
                    BOUNDS[r.nextInt(BOUNDS.length)], BOUNDS[r.nextInt(BOUNDS.length)], statesKind, r.nextBoolean(),
                    statesBound, required);
        }

        DoubleMajority rule() {
            String states = switch (statesKind) {
                case 0 -> (statesGt ? ">" : ">=") + statesBound[0] + "/" + statesBound[1];
                case 1 -> (statesGt ? ">" : ">=") + statesBound[0] / 2 + (statesBound[0] % 2 == 1 ? ".5" : "");
                default -> "none";
            };
            return new DoubleMajority(Optional.empty(), threshold(gt[0], national), threshold(gt[1], state),
                    StatesRequirement.parse(states), required.stream().map(i -> JurisdictionId.of("J" + i)).toList(),
                    List.of());
        }

        private static Threshold threshold(boolean greater, int[] bound) {
            return Threshold.parse((greater ? ">" : ">=") + bound[0] + "/" + bound[1]);
        }

        org.reftally.model.ContestTally tally() {
            Tallies.Builder b = Tallies.contest("q", "YES", "NO", "OTHER");
            for (int i = 0; i < votes.length; i++) {
                b.row("J" + i, votes[i]);
            }
            return b.build();
        }

        JurisdictionSet set() {
            String[] codesAndWeights = new String[2 * halfUnits.length];
            for (int i = 0; i < halfUnits.length; i++) {
                codesAndWeights[2 * i] = "J" + i;
                codesAndWeights[2 * i + 1] = halfUnits[i] + "/2";
            }
            return Tallies.set("random", codesAndWeights);
        }

        /** part/whole against num/den: part * den compared with num * whole; an empty whole never passes. */
        private static boolean passes(long part, long whole, boolean greater, int[] bound) {
            if (whole == 0) {
                return false;
            }
            long left = part * bound[1];
            long right = bound[0] * whole;
            return greater ? left > right : left >= right;
        }

        private boolean approves(int i) {
            return passes(votes[i][0], votes[i][0] + votes[i][1] + votes[i][2], gt[1], state);
        }

        private int approvingHalfUnits() {
            int sum = 0;
            for (int i = 0; i < halfUnits.length; i++) {
                if (approves(i)) {
                    sum += halfUnits[i];
                }
            }
            return sum;
        }

        Decision naiveDecision() {
            long yes = 0;
            long valid = 0;
            int total = 0;
            for (int i = 0; i < votes.length; i++) {
                yes += votes[i][0];
                valid += votes[i][0] + votes[i][1] + votes[i][2];
                total += halfUnits[i];
            }
            boolean people = passes(yes, valid, gt[0], national);
            int approving = approvingHalfUnits();
            boolean statesOk = switch (statesKind) {
                case 0 -> passes(approving, total, statesGt, statesBound);
                case 1 -> statesGt ? approving > statesBound[0] : approving >= statesBound[0];
                default -> true;
            };
            boolean requiredOk = required.stream().allMatch(this::approves);
            return people && statesOk && requiredOk ? Decision.ACCEPTED : Decision.REJECTED;
        }

        String naiveStatesTally() {
            int total = 0;
            for (int w : halfUnits) {
                total += w;
            }
            int approving = approvingHalfUnits();
            return halves(approving) + " : " + halves(total - approving);
        }

        private static String halves(int halfUnits) {
            return halfUnits / 2 + (halfUnits % 2 == 1 ? ".5" : "");
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(rule().toString()).append(" states");
            for (int i = 0; i < votes.length; i++) {
                s.append(" J").append(i).append('(').append(halfUnits[i]).append("/2)=").append(votes[i][0]).append('/')
                        .append(votes[i][1]).append('/').append(votes[i][2]);
            }
            return s.toString();
        }
    }
}
