package org.reftally.scheme.seats;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seat-allocation rules this package implements, with their command-line names.
 *
 * <p>Divisor methods award seats one at a time to the highest priority {@code votes / d(n)}, where
 * {@code n} is the number of seats the party already holds (see {@link Divisors} for each
 * sequence). Largest-remainder methods give each party the whole number of quotas it holds and
 * the remaining seats by largest remainder (see {@link LargestRemainder}).
 *
 * <p>Immutable and thread-safe.
 */
public enum SeatMethod {
  /** D'Hondt (Jefferson): divisors 1, 2, 3, ... ({@code n + 1}). */
  DHONDT("dhondt", true, "jefferson", "d'hondt"),
  /** Sainte-Laguë (Webster): divisors 0.5, 1.5, 2.5, ... ({@code n + 1/2}). */
  SAINTE_LAGUE("sainte-lague", true, "webster"),
  /**
   * Modified Sainte-Laguë: on the odd-number scale 1, 3, 5, 7, ... the first divisor is replaced
   * by a configurable fraction (1.4 by default, as in Norway's Election Act s. 11-4; Sweden uses
   * 1.2 since 2018). Equivalent to first divisor 0.7 followed by {@code n + 1/2}.
   */
  MODIFIED_SAINTE_LAGUE("modified-sainte-lague", true),
  /**
   * Huntington-Hill (equal proportions, 2 U.S.C. 2a): divisor {@code sqrt(n(n + 1))}; a party
   * with no seat yet has infinite priority.
   */
  HUNTINGTON_HILL("huntington-hill", true, "equal-proportions", "hill"),
  /** Adams (smallest divisors): divisor {@code n}; a party with no seat has infinite priority. */
  ADAMS("adams", true),
  /**
   * Dean (harmonic mean): divisor {@code 2n(n + 1) / (2n + 1)}; a party with no seat has
   * infinite priority.
   */
  DEAN("dean", true),
  /** Hare (Hamilton) largest remainder: quota {@code V / S}. */
  HARE("hare", false, "hamilton", "hare-niemeyer"),
  /** Droop largest remainder: quota {@code floor(V / (S + 1)) + 1}. */
  DROOP("droop", false);

  private final String cliName;
  private final boolean divisor;
  private final List<String> aliases;

  SeatMethod(String cliName, boolean divisor, String... aliases) {
    this.cliName = cliName;
    this.divisor = divisor;
    this.aliases = List.of(aliases);
  }

  /** The canonical command-line name, e.g. {@code "sainte-lague"}. */
  public String cliName() {
    return cliName;
  }

  /** Other accepted names, e.g. {@code "webster"}. */
  public List<String> aliases() {
    return aliases;
  }

  /** Whether this is a divisor (highest averages) method rather than a largest-remainder one. */
  public boolean isDivisorMethod() {
    return divisor;
  }

  /**
   * Finds a method by its command-line name or an alias, ignoring case, surrounding blanks, and
   * accents/underscores written as in the enum constant ({@code "SAINTE_LAGUE"}, {@code
   * "Sainte-Laguë"}).
   *
   * @throws IllegalArgumentException naming every valid name if {@code name} is unknown
   */
  public static SeatMethod parse(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace('ë', 'e');
    for (SeatMethod m : values()) {
      if (m.cliName.equals(key) || m.aliases.contains(key)) {
        return m;
      }
    }
    throw new IllegalArgumentException("Unknown seat-allocation method '" + name
        + "'; valid names are: " + validNames() + ".");
  }

  /** Every accepted name, canonical names first, e.g. for help text. */
  public static String validNames() {
    return Stream.of(values())
        .map(m -> m.aliases.isEmpty() ? m.cliName
            : m.cliName + " (" + String.join(", ", m.aliases) + ")")
        .collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return cliName;
  }
}
