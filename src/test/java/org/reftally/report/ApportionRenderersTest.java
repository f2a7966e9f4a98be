package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ApportionFixtures.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApportionRenderersTest {

    @ParameterizedTest
    @EnumSource(Format.class)
    void everyFormatHasARendererThatNamesEveryJurisdiction(Format format) {
        String out = render(ApportionRenderers.forFormat(format), ApportionFixtures.islands());
        assertThat(out).contains("NO", "SO", "EA", "WE").endsWith("\n");
    }
}
