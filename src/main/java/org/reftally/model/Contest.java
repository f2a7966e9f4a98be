package org.reftally.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question on the ballot and its declared options, in order. Options are matched trimmed and
 * case-insensitively; reports use the declared spelling. Immutable and thread-safe.
 */
public final class Contest {

    private final String name;
    private final List<OptionId> options;
    private final Map<String, Integer> indexByKey;

    public Contest(String name, List<OptionId> options) {
        this.name = Objects.requireNonNull(name, "name").strip();
        this.options = List.copyOf(options);
        if (this.name.isEmpty()) {
            throw new IllegalArgumentException("a contest name must not be empty");
        }
        if (this.options.isEmpty()) {
            throw new IllegalArgumentException("contest " + this.name + " has no options");
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.options.size(); i++) {
            if (index.putIfAbsent(this.options.get(i).key(), i) != null) {
                throw new IllegalArgumentException(
                        "contest " + this.name + " lists option " + this.options.get(i) + " twice");
            }
        }
        this.indexByKey = Map.copyOf(index);
    }

    public static Contest of(String name, String... options) {
        return new Contest(name, java.util.Arrays.stream(options).map(OptionId::of).toList());
    }

    public String name() {
        return name;
    }

    public List<OptionId> options() {
        return options;
    }

    public int optionCount() {
        return options.size();
    }

    public OptionId option(int index) {
        return options.get(index);
    }

    /** The index of the option that {@code raw} names (trimmed, any case), or -1. */
    public int indexOf(String raw) {
        Integer i = indexByKey.get(OptionId.key(raw));
        return i == null ? -1 : i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Contest c && name.equals(c.name) && options.equals(c.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, options);
    }

    @Override
    public String toString() {
        return name + options;
    }
}
