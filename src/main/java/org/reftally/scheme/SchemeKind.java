package org.reftally.scheme;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The counting rules by their command-line names, for {@code --scheme} and named rules. Immutable. */
public enum SchemeKind {
    PLURALITY("plurality"),
    MAJORITY("majority"),
    DOUBLE_MAJORITY("double-majority"),
    PROPORTIONAL("proportional"),
    ELECTORAL("electoral");

    private final String word;

    SchemeKind(String word) {
        this.word = word;
    }

    /** The command-line name, e.g. {@code double-majority}. */
    public String word() {
        return word;
    }

    /**
     * The kind named {@code text} (any case).
     *
     * @throws SchemeException naming the known schemes
     */
    public static SchemeKind parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SchemeKind kind : values()) {
            if (kind.word.equals(key)) {
                return kind;
            }
        }
        throw new SchemeException("unknown scheme '" + text + "' (expected one of: "
                + Arrays.stream(values()).map(SchemeKind::word).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return word;
    }
}
