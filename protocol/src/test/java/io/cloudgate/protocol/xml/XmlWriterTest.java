package io.cloudgate.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void writesNestedElementsAndSelfClosesEmptyOnes() {
        XmlWriter writer = new XmlWriter();
        writer.start("a").attribute("xmlns", "urn:x").start("b").text("1").end().element("c", null).end();

        assertThat(writer.toString()).isEqualTo("<a xmlns=\"urn:x\"><b>1</b><c/></a>");
    }

    @Test
    void escapesMarkupInTextAndAttributes() {
        XmlWriter writer = new XmlWriter();
        writer.start("a").attribute("v", "\"<&>\"\n").text("<tag> & \"quote\"").end();

        assertThat(writer.toString())
                .isEqualTo("<a v=\"&quot;&lt;&amp;&gt;&quot;&#xA;\">&lt;tag&gt; &amp; \"quote\"</a>");
    }

    @Test
    void keepsCarriageReturnsAsReferencesAndDropsCharactersXmlCannotCarry() {
        XmlWriter writer = new XmlWriter();
        writer.element("a", "x\r\ny\u0000\u0001\u001Fz\uFFFE\uD800!");

        assertThat(writer.toString()).isEqualTo("<a>x&#xD;\nyz!</a>");
        assertThat(XmlReader.parse(writer.toBytes()).text()).isEqualTo("x\r\nyz!");
    }

    @Test
    void keepsSupplementaryCharacters() {
        XmlWriter writer = new XmlWriter();
        writer.element("a", "emoji \uD83D\uDE00");

        assertThat(new String(writer.toBytes(), StandardCharsets.UTF_8)).isEqualTo("<a>emoji \uD83D\uDE00</a>");
    }

    @Test
    void refusesUnbalancedDocuments() {
        XmlWriter writer = new XmlWriter().start("a");

        assertThatThrownBy(writer::toBytes).isInstanceOf(IllegalStateException.class);
    }
}
