package org.reftally.scheme.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SeatMethodTest {

  @ParameterizedTest
  @CsvSource({
      "dhondt, DHONDT", "Jefferson, DHONDT", "D'Hondt, DHONDT",
      "sainte-lague, SAINTE_LAGUE", "WEBSTER, SAINTE_LAGUE", "Sainte-Laguë, SAINTE_LAGUE",
      "modified-sainte-lague, MODIFIED_SAINTE_LAGUE",
      "huntington-hill, HUNTINGTON_HILL", "equal-proportions, HUNTINGTON_HILL",
      "adams, ADAMS", "dean, DEAN",
      "hare, HARE", "Hamilton, HARE", "droop, DROOP", "' droop ', DROOP", "SAINTE_LAGUE, SAINTE_LAGUE"
  })
  void parsesNamesAndAliasesIgnoringCase(String name, SeatMethod expected) {
    assertThat(SeatMethod.parse(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(SeatMethod.class)
  void everyCliNameRoundTrips(SeatMethod m) {
    assertThat(SeatMethod.parse(m.cliName())).isEqualTo(m);
    assertThat(m.toString()).isEqualTo(m.cliName());
  }

  @Test
  void anUnknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> SeatMethod.parse("borda"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown seat-allocation method 'borda'; valid names are: dhondt (jefferson,"
            + " d'hondt), sainte-lague (webster), modified-sainte-lague, huntington-hill"
            + " (equal-proportions, hill), adams, dean, hare (hamilton, hare-niemeyer), droop.");
  }

  @Test
  void familiesAreKnown() {
    assertThat(SeatMethod.HUNTINGTON_HILL.isDivisorMethod()).isTrue();
    assertThat(SeatMethod.DROOP.isDivisorMethod()).isFalse();
  }
}
