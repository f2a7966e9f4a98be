package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reftally.report.ApportionFixtures.render;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reftally.scheme.Apportionment;
import org.reftally.scheme.SeatSettings;
import org.reftally.scheme.seats.Party;
import org.reftally.scheme.seats.SeatMethod;

class ApportionHtmlRendererTest {

    private static final ApportionRenderer HTML = ApportionRenderers.forFormat(Format.HTML);

    @Test
    void aSelfContainedPageWithATableAndABarPerJurisdiction() {
        String html = render(HTML, ApportionFixtures.islands());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .endsWith("</body>\n</html>\n")
                .contains("<tr><td>NO</td><td>North</td><td class=\"n\">4,010</td><td class=\"n\">4</td>"
                        + "<td class=\"n\">4.7456</td></tr>")
                .contains("<tfoot><tr><td></td><td>Total</td><td class=\"n\">8,450</td><td class=\"n\">10</td>")
                .contains("<li>seat 10: SO, 3150/sqrt(12) = 909.3267</li>")
                .doesNotContain("<script", "http-equiv", "src=", "href=", "<link");
        // the largest seat count gets the full 480 px; one seat of four is a quarter of it
        assertThat(html).contains("<rect x=\"60\" y=\"2\" width=\"480\"")
                .contains("<rect x=\"60\" y=\"38\" width=\"120\"");
        assertThat(html.split("<rect ", -1)).hasSize(5);
    }

    @Test
    void everyTextFromTheInputIsEscaped() {
        String html = render(HTML, Apportionment.apportion("<script>alert('x')</script>",
                List.of(new Party("<b>&\"'", 10), new Party("Z", 5)), 3, SeatSettings.of(SeatMethod.HARE)));
        assertThat(html).doesNotContain("<script>", "<b>")
                .contains("<title>Apportionment: &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>")
                .contains("<td>&lt;B&gt;&amp;&quot;&#39;</td><td>&lt;b&gt;&amp;&quot;&#39;</td>");
    }
}
