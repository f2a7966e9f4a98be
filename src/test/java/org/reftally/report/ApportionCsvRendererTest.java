package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ApportionFixtures.render;

import org.junit.jupiter.api.Test;

class ApportionCsvRendererTest {

    private static final ApportionRenderer CSV = ApportionRenderers.forFormat(Format.CSV);

    @Test
    void oneRowPerJurisdictionWithRawFiguresAndQuotesOnlyWhereNeeded() {
        assertThat(render(CSV, ApportionFixtures.islands())).isEqualTo("""
                jurisdiction,name,population,seats,quota
                NO,North,4010,4,4.7456
                SO,South,3150,4,3.7278
                EA,\"East & \"\"Isles\"\"\",1020,1,1.2071
                WE,"Wester, Ross",270,1,0.3195
                """);
    }

    @Test
    void aFixedDivisorHasTheSameColumnsWithTheExactQuotient() {
        assertThat(render(CSV, ApportionFixtures.islandsPerThousand())).isEqualTo("""
                jurisdiction,name,population,seats,quota
                NO,North,4010,4,4.0100
                SO,South,3150,3,3.1500
                EA,\"East & \"\"Isles\"\"\",1020,1,1.0200
                WE,"Wester, Ross",270,1,0.2700
                """);
    }
}
