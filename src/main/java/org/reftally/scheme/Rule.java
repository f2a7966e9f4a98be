package org.reftally.scheme;

import java.util.Objects;

/**
 * A named rule ({@code --rule ch-people-and-cantons}): a preset of {@link RuleSettings} with the
 * legal reference it implements and a one-line explanation, as listed by {@code reftally rules}.
 * Immutable and thread-safe.
 *
 * @param name        the command-line name, lower case
 * @param reference   the statute or constitution implemented, e.g. {@code Swiss Federal Constitution art. 140, 142}
 * @param explanation one line in plain words
 * @param settings    the preset
 */
public record Rule(String name, String reference, String explanation, RuleSettings settings) {

    public Rule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(settings, "settings");
    }

    /** The rule's settings with explicit options applied over them; see {@link RuleSettings#overriding}. */
    public RuleSettings.Effective overriding(Overrides given) {
        return settings.overriding(given);
    }
}
