package org.reftally.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reftally.model.Contest;
import org.reftally.model.ContestTally;
import org.reftally.model.OptionId;
import org.reftally.model.Tally;

/**
 * The tally of a whole run, built by adding each input's contests as the input is finished.
 *
 * <p>The same contest (name matched case-insensitively; the first spelling is kept) must have the
 * same options in every input, in any order: counts are matched by option, not position, and the
 * first input's order is kept. The one allowance is a long returns file without declared options:
 * it lists only the options it has rows for, so its options need only be among the contest's
 * (or, between two such files, are joined in order of first appearance).
 *
 * <p>Not thread-safe.
 */
final class RunTally {

    private final Map<String, PartialContest> contests = new LinkedHashMap<>();
    private final Map<String, String> seen = new LinkedHashMap<>();

    /** Notes a contest an input has, whether or not it is counted (for messages listing the contests). */
    void noteContest(String name) {
        seen.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
    }

    /** Every contest the inputs have, counted or not, in order of first appearance. */
    List<String> contestsSeen() {
        return List.copyOf(seen.values());
    }

    /** Whether any input has a contest of this name (case-insensitive). */
    boolean hasSeen(String name) {
        return seen.containsKey(name.strip().toLowerCase(Locale.ROOT));
    }

    /** Adds the contests one input counted. */
    void add(String file, List<PartialContest> parts) {
        for (PartialContest part : parts) {
            String key = part.tally().contest().name().toLowerCase(Locale.ROOT);
            PartialContest earlier = contests.get(key);
            contests.put(key, earlier == null ? part : merge(file, earlier, part));
        }
    }

    /** The contest names counted so far, in order of first appearance. */
    List<String> contestNames() {
        return contests.values().stream().map(p -> p.tally().contest().name()).toList();
    }

    Tally tally() {
        return new Tally(contests.values().stream().map(PartialContest::tally).toList());
    }

    private static PartialContest merge(String file, PartialContest earlier, PartialContest here) {
        String name = earlier.tally().contest().name();
        List<OptionId> a = earlier.tally().contest().options();
        List<OptionId> b = here.tally().contest().options();
        Set<String> aKeys = keys(a);
        Set<String> bKeys = keys(b);
        List<OptionId> merged;
        if (!earlier.open() && !here.open()) {
            if (!aKeys.equals(bKeys)) {
                throw InputFileException.of(file, "contest '" + name + "' has options " + show(b)
                        + " here but " + show(a) + " in an earlier input; a contest must have the same options"
                        + " in every file (declare them with --options)");
            }
            merged = a;
        } else if (!earlier.open()) {
            requireSubset(file, name, b, aKeys, a, "an earlier input");
            merged = a;
        } else if (!here.open()) {
            requireSubset(file, name, a, bKeys, b, "this file");
            merged = b;
        } else {
            merged = new ArrayList<>(a);
            for (OptionId o : b) {
                if (!aKeys.contains(o.key())) {
                    merged.add(o);
                }
            }
        }
        Contest contest = new Contest(name, merged);
        try {
            ContestTally sum = earlier.tally().remappedTo(contest).plus(here.tally().remappedTo(contest));
            return new PartialContest(sum, earlier.open() && here.open());
        } catch (ArithmeticException e) {
            throw InputFileException.of(file, "adding this file's counts of contest '" + name
                    + "' to the earlier inputs exceeds the largest count (" + Long.MAX_VALUE + ")");
        }
    }

    private static void requireSubset(String file, String contest, List<OptionId> open, Set<String> fixedKeys,
            List<OptionId> fixed, String where) {
        for (OptionId o : open) {
            if (!fixedKeys.contains(o.key())) {
                throw InputFileException.of(file, "option '" + o + "' of contest '" + contest
                        + "' is not among its options " + show(fixed) + " in " + where
                        + "; a contest must have the same options in every file (declare them with --options)");
            }
        }
    }

    private static Set<String> keys(List<OptionId> options) {
        return options.stream().map(OptionId::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String show(List<OptionId> options) {
        return options.stream().map(OptionId::name).collect(Collectors.joining(", "));
    }
}
