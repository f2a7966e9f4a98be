package org.reftally.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;

/**
 * Reads the generator's settings as a user writes them on a command line, so that every front
 * end parses them the same way and the messages name what went wrong. Shares and rates are exact:
 * {@code 0.48}, {@code 48%} and {@code 12/25} are the same value. Stateless and thread-safe.
 */
public final class GeneratorArguments {

    private GeneratorArguments() {
    }

    /**
     * Parses {@code YES=0.48,NO=0.52} into shares by option, in the order written.
     *
     * @param what the setting, named in error messages (e.g. "--share")
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static Map<OptionId, Fraction> shares(String what, String text) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException(what + ": no shares given (example: YES=0.48,NO=0.52)");
        }
        Map<OptionId, Fraction> shares = new LinkedHashMap<>();
        for (String part : s.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0 || part.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException(what + ": '" + part.strip()
                        + "' is not OPTION=SHARE (example: YES=0.48,NO=0.52)");
            }
            OptionId option = OptionId.of(part.substring(0, eq));
            if (shares.keySet().stream().anyMatch(o -> o.key().equals(option.key()))) {
                throw new IllegalArgumentException(what + ": option " + option + " is given twice");
            }
            shares.put(option, share(what + " " + option, part.substring(eq + 1)));
        }
        return shares;
    }

    /** A jurisdiction's fixed shares: {@code CA:YES=0.58} or {@code CA:YES=0.58,NO=0.42}. */
    public record JurisdictionShares(JurisdictionId jurisdiction, Map<OptionId, Fraction> shares) {

        public JurisdictionShares {
            shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        }
    }

    /**
     * Parses {@code CA:YES=0.58} (options not named share the rest as they do nationally).
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static JurisdictionShares jurisdictionShares(String what, String text) {
        String s = text == null ? "" : text.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(what + ": '" + s + "' is not JURISDICTION:OPTION=SHARE"
                    + " (example: CA:YES=0.58)");
        }
        JurisdictionId id = JurisdictionId.of(s.substring(0, colon));
        return new JurisdictionShares(id, shares(what + " " + id, s.substring(colon + 1)));
    }

    /**
     * Parses a share between 0 and 1 ({@code 0.05}, {@code 5%}, {@code 1/20}), for the spread and
     * the blank and invalid rates.
     *
     * @throws IllegalArgumentException with a message a user can act on
     */
    public static Fraction share(String what, String text) {
        Fraction value;
        try {
            value = Fraction.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": '" + (text == null ? "" : text.strip())
                    + "' is not a share (examples: 0.05, 5%, 1/20)");
        }
        if (value.signum() < 0 || value.compareTo(Fraction.ONE) > 0) {
            throw new IllegalArgumentException(what + ": " + text.strip() + " must lie between 0 and 1");
        }
        return value;
    }

    /**
     * Parses a number of rows ({@code 120}) or a share of the rows ({@code 0.001}, {@code 0.1%}),
     * for duplicates and malformed rows; see {@link GeneratorAmount#parse}.
     */
    public static GeneratorAmount amount(String what, String text) {
        return GeneratorAmount.parse(what, text);
    }
}
