package org.reftally.scheme.seats;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What to do when a seat must be decided between parties with exactly equal priority (or equal
 * remainder). A tie that every tied party survives (there are seats enough for all of them) is no
 * decision and needs no policy.
 *
 * <p>Immutable and thread-safe.
 */
public enum TiePolicy {
  /** Refuse to decide: throw {@link SeatTieException}. The default, so no tie passes unseen. */
  ERROR,
  /**
   * Draw lots reproducibly: a {@link java.util.SplittableRandom} seeded with the problem's seed
   * picks uniformly among the tied parties, one draw per contested seat, tied parties taken in
   * input order. The same seed and problem always give the same result.
   */
  LOT,
  /** Give the seat to the tied party that comes first in the input order. */
  ORDER;

  /** The command-line name, e.g. {@code "lot"}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a policy by name, ignoring case.
   *
   * @throws IllegalArgumentException naming the valid names if {@code name} is unknown
   */
  public static TiePolicy parse(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    return Stream.of(values()).filter(p -> p.cliName().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown tie policy '" + name
            + "'; valid names are: "
            + Stream.of(values()).map(TiePolicy::cliName).collect(Collectors.joining(", "))
            + "."));
  }
}
