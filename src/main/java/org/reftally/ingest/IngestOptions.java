package org.reftally.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.reftally.model.JurisdictionSet;
import org.reftally.model.OptionId;

/**
 * How to read a run's inputs. Immutable and thread-safe.
 *
 * @param kind            what the files hold; {@link InputKind#AUTO} detects it per file
 * @param contest         {@code --contest NAME}: count only this contest (matched case-insensitively)
 * @param declaredOptions the declared options: key {@code ""} applies to every contest
 *                        ({@code --options A,B}), any other key to the contest of that name
 *                        ({@code --options NAME=A,B}); a contest-specific entry wins
 * @param jurisdictions   the declared jurisdiction set; empty means "the jurisdictions found in the
 *                        input"
 * @param strict          stop at the first row that cannot be counted ({@link StrictModeException})
 * @param threads         {@code --threads N}: threads reading a large ballots file; 0 means one per
 *                        available processor. The result is the same for any number.
 * @throws IllegalArgumentException when an option list is empty or names an option twice, or two
 *                                  keys name the same contest, or threads is negative
 */
public record IngestOptions(InputKind kind, Optional<String> contest, Map<String, List<OptionId>> declaredOptions,
        Optional<JurisdictionSet> jurisdictions, boolean strict, int threads) {

    /** With one reading thread per available processor. */
    public IngestOptions(InputKind kind, Optional<String> contest, Map<String, List<OptionId>> declaredOptions,
            Optional<JurisdictionSet> jurisdictions, boolean strict) {
        this(kind, contest, declaredOptions, jurisdictions, strict, 0);
    }

    public IngestOptions {
        if (threads < 0) {
            throw new IllegalArgumentException("--threads must be 0 (one per processor) or more, not " + threads);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        contest = contest.map(String::strip);
        if (contest.isPresent() && contest.get().isEmpty()) {
            throw new IllegalArgumentException("--contest needs a contest name");
        }
        Map<String, List<OptionId>> copy = new LinkedHashMap<>();
        Map<String, String> seenKeys = new HashMap<>();
        Objects.requireNonNull(declaredOptions, "declaredOptions").forEach((name, options) -> {
            String contestName = Objects.requireNonNull(name, "contest name").strip();
            String shown = contestName.isEmpty() ? "--options" : "--options " + contestName + "=";
            String earlier = seenKeys.putIfAbsent(contestName.toLowerCase(Locale.ROOT), contestName);
            if (earlier != null) {
                throw new IllegalArgumentException("--options gives the options of contest " + contestName + " twice");
            }
            if (options == null || options.isEmpty()) {
                throw new IllegalArgumentException(shown + " lists no options");
            }
            Map<String, OptionId> byKey = new HashMap<>();
            for (OptionId o : options) {
                OptionId first = byKey.putIfAbsent(o.key(), o);
                if (first != null) {
                    throw new IllegalArgumentException(shown + " lists option " + o + " twice"
                            + (first.name().equals(o.name()) ? "" : " (as " + first + " and " + o + ")"));
                }
            }
            copy.put(contestName, List.copyOf(options));
        });
        declaredOptions = java.util.Collections.unmodifiableMap(copy);
    }

    /** Automatic kind, every contest, options from the input, jurisdictions from the input, lenient. */
    public static IngestOptions defaults() {
        return new IngestOptions(InputKind.AUTO, Optional.empty(), Map.of(), Optional.empty(), false);
    }

    /** The same options with another jurisdiction set. */
    public IngestOptions withJurisdictions(JurisdictionSet set) {
        return new IngestOptions(kind, contest, declaredOptions, Optional.of(set), strict, threads);
    }

    /** The same options in strict mode (or not). */
    public IngestOptions withStrict(boolean value) {
        return new IngestOptions(kind, contest, declaredOptions, jurisdictions, value, threads);
    }

    /** The same options with another input kind. */
    public IngestOptions withKind(InputKind value) {
        return new IngestOptions(value, contest, declaredOptions, jurisdictions, strict, threads);
    }

    /** The same options with {@code value} reading threads (0: one per available processor). */
    public IngestOptions withThreads(int value) {
        return new IngestOptions(kind, contest, declaredOptions, jurisdictions, strict, value);
    }

    /** The number of reading threads to use: {@link #threads}, or the available processors when 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /** The declared options of {@code contestName}: its own entry, else the {@code ""} entry, else empty. */
    public Optional<List<OptionId>> optionsFor(String contestName) {
        String wanted = contestName.strip();
        for (Map.Entry<String, List<OptionId>> e : declaredOptions.entrySet()) {
            if (!e.getKey().isEmpty() && e.getKey().equalsIgnoreCase(wanted)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.ofNullable(declaredOptions.get(""));
    }

    /** Whether {@code contestName} is counted: every contest, or the one {@code --contest} names. */
    public boolean selects(String contestName) {
        return contest.isEmpty() || contest.get().equalsIgnoreCase(contestName.strip());
    }
}
