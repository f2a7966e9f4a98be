package org.reftally.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Merges partial tallies (counties into a state, states into a nation) into one, refusing
 * anything that would count a ballot twice or mix different counts.
 *
 * <p>The merge of partials equals the tally of all their inputs in one run: contests come in
 * order of first appearance with the first partial's spelling and option order, units are added
 * with {@link Counts#plus} (the same addition a run uses between its files), and the inputs are
 * listed in partial order. It refuses, naming both sources:
 * <ul>
 *   <li>the same input file (by SHA-256) in two partials;</li>
 *   <li>the same unit (jurisdiction and area) of a contest in two partials, unless
 *       {@link MergePolicy#splitUnits()};</li>
 *   <li>partials whose contests, or a contest's options, differ, unless
 *       {@link MergePolicy#partialContests()};</li>
 *   <li>partials tallied against different jurisdiction sets (see {@link JurisdictionSetMerge}).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe: a pure function of its arguments.
 */
public final class TallyMerge {

    private TallyMerge() {
    }

    /**
     * The merged partial.
     *
     * @param source   the name the result goes by (e.g. the partials' names joined)
     * @param declared a jurisdiction set the merge must use, or empty to use the partials' own
     * @throws MergeConflictException when the partials cannot be merged; the message names both sources
     * @throws IllegalArgumentException when {@code partials} is empty
     */
    public static PartialTally merge(String source, List<PartialTally> partials, Optional<JurisdictionSet> declared,
            MergePolicy policy) {
        if (partials.isEmpty()) {
            throw new IllegalArgumentException("no partial tallies to merge");
        }
        checkInputsOnce(partials);
        JurisdictionSet set = JurisdictionSetMerge.merge(partials, declared);
        Map<String, Contest> contests = contests(partials, policy);
        Map<String, Map<Unit, Counts>> units = new LinkedHashMap<>();
        Map<String, Map<Unit, String>> unitSources = new HashMap<>();
        contests.keySet().forEach(k -> {
            units.put(k, new TreeMap<>());
            unitSources.put(k, new HashMap<>());
        });
        for (PartialTally p : partials) {
            for (ContestTally c : p.tally().contests()) {
                String key = key(c.contest());
                ContestTally remapped = c.remappedTo(contests.get(key));
                for (Map.Entry<Unit, Counts> e : remapped.units().entrySet()) {
                    add(p, c.contest().name(), e.getKey(), e.getValue(), set, units.get(key), unitSources.get(key),
                            policy);
                }
            }
        }
        List<ContestTally> merged = new ArrayList<>();
        contests.forEach((key, contest) -> merged.add(new ContestTally(contest, units.get(key))));
        List<InputSummary> inputs = partials.stream().flatMap(p -> p.inputs().stream()).toList();
        return new PartialTally(source, new Tally(merged), inputs, set);
    }

    /** The same file, by content, in two partials would count its ballots twice. */
    private static void checkInputsOnce(List<PartialTally> partials) {
        Map<String, PartialTally> bySource = new HashMap<>();
        for (PartialTally p : partials) {
            if (bySource.putIfAbsent(p.source(), p) != null) {
                throw new MergeConflictException(p.source() + " is given twice: its counts would be added twice");
            }
        }
        Map<String, PartialTally> firstBySha = new HashMap<>();
        Map<String, InputSummary> inputBySha = new HashMap<>();
        for (PartialTally p : partials) {
            for (InputSummary input : p.inputs()) {
                PartialTally earlier = firstBySha.putIfAbsent(input.sha256(), p);
                if (earlier != null && earlier != p) {
                    InputSummary first = inputBySha.get(input.sha256());
                    throw new MergeConflictException("the same input file (SHA-256 " + input.sha256() + ") is in "
                            + earlier.source() + " (as " + first.path() + ") and in " + p.source() + " (as "
                            + input.path() + "): its rows would be counted twice");
                }
                inputBySha.putIfAbsent(input.sha256(), input);
            }
        }
    }

    /** The merged contests by key, in order of first appearance, with their final options. */
    private static Map<String, Contest> contests(List<PartialTally> partials, MergePolicy policy) {
        Map<String, Contest> result = new LinkedHashMap<>();
        Map<String, PartialTally> firstSource = new HashMap<>();
        PartialTally first = partials.get(0);
        Set<String> firstKeys = keys(first);
        for (PartialTally p : partials) {
            if (!policy.partialContests() && !keys(p).equals(firstKeys)) {
                throw contestsDiffer(first, p);
            }
            for (ContestTally c : p.tally().contests()) {
                String key = key(c.contest());
                Contest earlier = result.get(key);
                if (earlier == null) {
                    result.put(key, c.contest());
                    firstSource.put(key, p);
                } else {
                    result.put(key, joinOptions(earlier, c.contest(), firstSource.get(key), p, policy));
                }
            }
        }
        return result;
    }

    private static Contest joinOptions(Contest earlier, Contest here, PartialTally earlierSource, PartialTally source,
            MergePolicy policy) {
        Set<String> earlierKeys = optionKeys(earlier.options());
        Set<String> hereKeys = optionKeys(here.options());
        if (earlierKeys.equals(hereKeys)) {
            return earlier;
        }
        if (!policy.partialContests()) {
            throw new MergeConflictException("contest '" + earlier.name() + "' has options " + show(earlier.options())
                    + " in " + earlierSource.source() + " but " + show(here.options()) + " in " + source.source()
                    + "; merge partials of the same options (or give --allow-partial-contests to join them)");
        }
        List<OptionId> joined = new ArrayList<>(earlier.options());
        for (OptionId o : here.options()) {
            if (!earlierKeys.contains(o.key())) {
                joined.add(o);
            }
        }
        return new Contest(earlier.name(), joined);
    }

    private static void add(PartialTally p, String contest, Unit unit, Counts counts, JurisdictionSet set,
            Map<Unit, Counts> units, Map<Unit, String> sources, MergePolicy policy) {
        if (!set.isImplicit() && !set.contains(unit.jurisdiction())) {
            throw new MergeConflictException(p.source() + ": jurisdiction " + unit.jurisdiction() + " of contest '"
                    + contest + "' is not in the jurisdiction set " + set.name());
        }
        String earlier = sources.putIfAbsent(unit, p.source());
        if (earlier == null) {
            units.put(unit, counts);
            return;
        }
        if (!policy.splitUnits()) {
            throw new MergeConflictException(earlier + " and " + p.source() + " both count " + describe(unit)
                    + " in contest '" + contest + "': the same unit would be counted twice (if they hold different"
                    + " batches of its ballots, give --allow-split-units)");
        }
        try {
            units.put(unit, units.get(unit).plus(counts));
        } catch (ArithmeticException e) {
            throw new MergeConflictException(p.source() + ": adding the counts of " + describe(unit) + " in contest '"
                    + contest + "' exceeds the largest count (" + Long.MAX_VALUE + ")");
        }
    }

    private static MergeConflictException contestsDiffer(PartialTally first, PartialTally other) {
        Set<String> a = keys(first);
        Set<String> b = keys(other);
        String detail;
        Optional<String> missing = a.stream().filter(k -> !b.contains(k)).findFirst();
        if (missing.isPresent()) {
            detail = "contest '" + name(first, missing.get()) + "' is in " + first.source() + " but not in "
                    + other.source();
        } else {
            String extra = b.stream().filter(k -> !a.contains(k)).findFirst().orElseThrow();
            detail = "contest '" + name(other, extra) + "' is in " + other.source() + " but not in " + first.source();
        }
        return new MergeConflictException(detail + "; merge partials of the same contests (or give"
                + " --allow-partial-contests)");
    }

    private static String name(PartialTally p, String key) {
        return p.tally().contests().stream().map(ContestTally::contest).filter(c -> key(c).equals(key))
                .map(Contest::name).findFirst().orElse(key);
    }

    private static Set<String> keys(PartialTally p) {
        return p.tally().contests().stream().map(c -> key(c.contest()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Contests are the same when their names match case-insensitively, as within one run. */
    private static String key(Contest contest) {
        return contest.name().toLowerCase(Locale.ROOT);
    }

    private static Set<String> optionKeys(List<OptionId> options) {
        return options.stream().map(OptionId::key).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String show(List<OptionId> options) {
        return options.stream().map(OptionId::name).collect(Collectors.joining(", "));
    }

    private static String describe(Unit unit) {
        return unit.hasArea() ? unit.jurisdiction() + " area '" + unit.area() + "'" : "jurisdiction "
                + unit.jurisdiction();
    }
}
