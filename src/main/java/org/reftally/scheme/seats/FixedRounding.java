package org.reftally.scheme.seats;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reftally.model.Fraction;

/**
 * How a fixed-divisor apportionment rounds {@code population / divisor} to whole seats. The
 * rounding is applied to the exact fraction, never to a decimal.
 *
 * <p>Immutable and thread-safe.
 */
public enum FixedRounding {
  /** To the nearest whole number, an exact half rounding up: {@code floor(q + 1/2)}. */
  NEAREST,
  /** Up to the next whole number unless already whole: {@code ceil(q)}. */
  UP,
  /** Down, dropping any fraction: {@code floor(q)}. */
  DOWN;

  /** Rounds {@code q}, which must not be negative. */
  public BigInteger round(Fraction q) {
    return switch (this) {
      case NEAREST -> q.plus(Fraction.HALF).floor();
      case UP -> q.ceiling();
      case DOWN -> q.floor();
    };
  }

  /** The command-line name, e.g. {@code "nearest"}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Finds a rounding by name, ignoring case.
   *
   * @throws IllegalArgumentException naming the valid names if {@code name} is unknown
   */
  public static FixedRounding parse(String name) {
    Objects.requireNonNull(name, "name");
    String key = name.strip().toLowerCase(Locale.ROOT);
    return Stream.of(values()).filter(r -> r.cliName().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown rounding '" + name
            + "'; valid names are: "
            + Stream.of(values()).map(FixedRounding::cliName).collect(Collectors.joining(", "))
            + "."));
  }
}
