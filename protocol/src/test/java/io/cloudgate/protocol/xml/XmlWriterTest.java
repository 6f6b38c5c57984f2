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
    void writesEveryUtf8LengthInTextAttributesAndLongDocuments() {
        String text = "caf\u00e9 \u65e5\u672c \uD83D\uDE00 \uE000 \u07FF\u0800";
        XmlWriter writer = new XmlWriter().start("r").attribute("v", text);
        for (int i = 0; i < 2000; i++) {
            writer.element("\u00e9l\u00e9ment", text + i);
        }
        writer.end();

        XmlElement root = XmlReader.parse(writer.toBytes());
        assertThat(root.attributes()).containsEntry("v", text);
        assertThat(root.children()).hasSize(2000);
        assertThat(root.children().get(1999).name()).isEqualTo("\u00e9l\u00e9ment");
        assertThat(root.children().get(1999).text()).isEqualTo(text + 1999);
        assertThat(new String(writer.toBytes(), StandardCharsets.UTF_8)).isEqualTo(writer.toString());
    }

    @Test
    void replaysMarkupTakenSinceAMarkAmongNewMarkup() {
        XmlWriter writer = new XmlWriter().start("list").attribute("n", "2");
        long mark = writer.mark();
        writer.element("item", "caf\u00e9 & co");
        byte[] item = writer.since(mark);
        writer.raw(item).element("last", "\uD83D\uDE00").end();

        assertThat(new String(item, StandardCharsets.UTF_8)).isEqualTo("<item>caf\u00e9 &amp; co</item>");
        String expected = "<list n=\"2\"><item>caf\u00e9 &amp; co</item><item>caf\u00e9 &amp; co</item>"
                + "<last>\uD83D\uDE00</last></list>";
        assertThat(new String(writer.toBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(writer.toString()).isEqualTo(expected);
    }

    @Test
    void refusesUnbalancedDocuments() {
        XmlWriter writer = new XmlWriter().start("a");

        assertThatThrownBy(writer::toBytes).isInstanceOf(IllegalStateException.class);
    }
}
