package org.reftally.model;

import java.util.Locale;
import java.util.Objects;

/**
 * The code of a state, canton, region or territory ({@code CA}, {@code ZH}, {@code E12000001}).
 * Codes are trimmed and compared case-insensitively: they are kept upper-case. Immutable.
 */
public record JurisdictionId(String code) implements Comparable<JurisdictionId> {

    public JurisdictionId {
        Objects.requireNonNull(code, "code");
        code = code.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new IllegalArgumentException("a jurisdiction code must not be empty");
        }
    }

    public static JurisdictionId of(String code) {
        return new JurisdictionId(code);
    }

    @Override
    public int compareTo(JurisdictionId other) {
        return code.compareTo(other.code);
    }

    // Written out for the JIT's sake, as in Unit.
    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionId j && code.equals(j.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
