package org.reftally.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesTheFiveCharactersThatCanEndTextOrAnAttribute() {
        assertThat(Html.escape("<a href=\"x\" title='y'>Tom & Jerry</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
    }

    @Test
    void scriptTagBecomesInertText() {
        assertThat(Html.escape("<script>alert(1)</script>")).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void alreadyEscapedTextIsEscapedAgainSoItShowsAsWritten() {
        assertThat(Html.escape("&lt;")).isEqualTo("&amp;lt;");
    }

    @Test
    void controlCharactersBecomeReplacementCharactersButWhitespaceStays() {
        assertThat(Html.escape("a\u0000b\u0007c\u007Fd\te\nf\rg")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\te\nf\rg");
    }

    @Test
    void plainTextIsReturnedAsItIs() {
        String plain = "Zürich – Genève 52.10% YES";
        assertThat(Html.escape(plain)).isSameAs(plain);
    }

    @Test
    void textAndAttributeValuesAreEscapedButRawMarkupIsNot() {
        String built = new Html().raw("<p").attr("title", "a\"b'c<").raw(">").text("x<y&z").raw("</p>").toString();

        assertThat(built).isEqualTo("<p title=\"a&quot;b&#39;c&lt;\">x&lt;y&amp;z</p>");
    }
}
