package io.cloudgate.protocol.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.wire.MalformedRequestException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlReaderTest {

    private static XmlElement parse(String xml) {
        return XmlReader.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsElementsAttributesAndText() {
        XmlElement root = parse("<?xml version=\"1.0\"?><r xmlns=\"urn:x\" xmlns:xsi=\"urn:xsi\" xsi:type=\"T\" id=\"7\">"
                + "<a>one &amp; two</a><a><![CDATA[<three>]]></a><!-- c --><b/></r>");

        assertThat(root.name()).isEqualTo("r");
        assertThat(root.namespaceUri()).isEqualTo("urn:x");
        assertThat(root.attributes()).containsEntry("xsi:type", "T").containsEntry("id", "7");
        assertThat(root.children("a")).extracting(XmlElement::text).containsExactly("one & two", "<three>");
        assertThat(root.child("b").text()).isEmpty();
        assertThat(root.child("missing")).isNull();
    }

    @Test
    void refusesDoctypesSoNoEntityCanExpandOrBeFetched() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><r>&lol2;</r>";
        String external = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";

        assertThatThrownBy(() -> parse(laughs)).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> parse(external)).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void refusesDeepNesting() {
        String deep = "<a>".repeat(XmlReader.MAX_DEPTH + 1) + "</a>".repeat(XmlReader.MAX_DEPTH + 1);
        String deepest = "<a>".repeat(XmlReader.MAX_DEPTH) + "</a>".repeat(XmlReader.MAX_DEPTH);

        assertThatThrownBy(() -> parse(deep)).isInstanceOf(MalformedRequestException.class)
                .hasMessageContaining("nested");
        assertThat(parse(deepest).name()).isEqualTo("a");
    }

    @Test
    void malformedDocumentsAreClientErrors() {
        for (String bad : new String[] {"", "<a>", "<a></b>", "<a/><b/>", "not xml", "<a>&undefined;</a>",
                "<a x='1' x='2'/>"}) {
            assertThatThrownBy(() -> parse(bad)).as(bad).isInstanceOf(MalformedRequestException.class);
        }
    }

    @Test
    void invalidUtf8IsAClientError() {
        byte[] bytes = {'<', 'a', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'a', '>'};

        assertThatThrownBy(() -> XmlReader.parse(bytes)).isInstanceOf(MalformedRequestException.class);
    }
}
