package org.reftally.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reftally.ingest.GeneratorFixtures.f;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reftally.model.Fraction;
import org.reftally.model.JurisdictionId;
import org.reftally.model.OptionId;

class GeneratorArgumentsTest {

    @Test
    void sharesAreReadExactlyInTheOrderWritten() {
        Map<OptionId, Fraction> shares = GeneratorArguments.shares("--share", "YES=0.48, NO = 52%");
        assertThat(shares.keySet()).extracting(OptionId::name).containsExactly("YES", "NO");
        assertThat(shares.values()).containsExactly(f("12/25"), f("13/25"));
    }

    @Test
    void sharesWithoutAnEqualsSignOrGivenTwiceAreRefused() {
        assertThatThrownBy(() -> GeneratorArguments.shares("--share", "YES:0.48"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--share: 'YES:0.48' is not OPTION=SHARE (example: YES=0.48,NO=0.52)");
        assertThatThrownBy(() -> GeneratorArguments.shares("--share", "YES=0.4,yes=0.6"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--share: option yes is given twice");
        assertThatThrownBy(() -> GeneratorArguments.shares("--share", "YES=lots"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--share YES: 'lots' is not a share (examples: 0.05, 5%, 1/20)");
        assertThatThrownBy(() -> GeneratorArguments.shares("--share", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no shares given");
    }

    @Test
    void aJurisdictionShareNamesTheJurisdictionBeforeAColon() {
        GeneratorArguments.JurisdictionShares ca = GeneratorArguments.jurisdictionShares("--state-share",
                "ca:YES=0.58");
        assertThat(ca.jurisdiction()).isEqualTo(JurisdictionId.of("CA"));
        assertThat(ca.shares()).containsExactlyEntriesOf(Map.of(OptionId.of("YES"), f("0.58")));
        assertThatThrownBy(() -> GeneratorArguments.jurisdictionShares("--state-share", "YES=0.58"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--state-share: 'YES=0.58' is not JURISDICTION:OPTION=SHARE (example: CA:YES=0.58)");
    }

    @Test
    void ratesMustLieBetweenZeroAndOne() {
        assertThat(GeneratorArguments.share("--spread", "5%")).isEqualTo(f("1/20"));
        assertThatThrownBy(() -> GeneratorArguments.share("--blank", "1.01"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("--blank: 1.01 must lie between 0 and 1");
    }

    @Test
    void parsedArgumentsBuildTheDoubleConsensusSample() {
        GeneratorArguments.JurisdictionShares ca = GeneratorArguments.jurisdictionShares("--state-share",
                "CA:YES=0.58");
        GeneratorSpec spec = GeneratorSpec.builder(GeneratorFixtures.usStates(), 100_000).seed(7)
                .shares(GeneratorArguments.shares("--share", "YES=0.48,NO=0.52"))
                .spread(GeneratorArguments.share("--spread", "0.05"))
                .share(ca.jurisdiction(), ca.shares())
                .duplicates(GeneratorArguments.amount("--duplicates", "10")).build();
        assertThat(spec.contest().options()).extracting(OptionId::name).containsExactly("YES", "NO");
        assertThat(spec.overrides().get(ca.jurisdiction())).isEqualTo(List.of(f("0.58"), f("0.42")));
        assertThat(spec.duplicateRows()).isEqualTo(10);
    }
}
