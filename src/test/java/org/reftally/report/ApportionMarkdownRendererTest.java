package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ApportionFixtures.render;

import org.junit.jupiter.api.Test;

class ApportionMarkdownRendererTest {

    @Test
    void aTableWithATotalRowAndTheAwardsAsLists() {
        assertThat(render(ApportionRenderers.forFormat(Format.MARKDOWN), ApportionFixtures.islands())).isEqualTo("""
                # Apportionment: Islands

                Rule: huntington-hill, 10 seats, at least 1 each. Population: 8,450 (845.0000 per seat).

                | Code | Name | Population | Seats | Quota |
                | --- | --- | ---: | ---: | ---: |
                | NO | North | 4,010 | 4 | 4.7456 |
                | SO | South | 3,150 | 4 | 3.7278 |
                | EA | East \\& "Isles" | 1,020 | 1 | 1.2071 |
                | WE | Wester, Ross | 270 | 1 | 0.3195 |
                | | **Total** | **8,450** | **10** | **10.0000** |

                ## Last seats awarded

                - seat 9: NO, 4010/sqrt(12) = 1,157.5873
                - seat 10: SO, 3150/sqrt(12) = 909.3267

                ## Next in line

                - seat 11: NO, 4010/sqrt(20) = 896.6633
                - seat 12: NO, 4010/sqrt(30) = 732.1225

                ## Tie breaks

                None.
                """);
    }

    @Test
    void namesCannotChangeTheDocumentsStructure() {
        assertThat(ApportionMarkdownRenderer.escape("a|b *c* [d](e) <f>")).isEqualTo("a\\|b \\*c\\* \\[d\\](e) \\<f\\>");
        assertThat(ApportionMarkdownRenderer.escape("- x")).isEqualTo("\\- x");
        assertThat(ApportionMarkdownRenderer.escape("1. x")).isEqualTo("1\\. x");
        assertThat(ApportionMarkdownRenderer.escape("# x\ny")).isEqualTo("\\# x y");
    }
}
