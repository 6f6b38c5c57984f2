package io.cloudgate.protocol.smithy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The comparisons behind the compliance suite must tell different bodies apart, not only accept equal ones. */
class BodyComparisonTest {
    @Test
    void jsonIgnoresOrderAndNumberSpellingButNotValues() {
        assertThat(difference("application/json", "{\"a\":1,\"b\":[1.0,\"x\"]}", "{\"b\":[1,\"x\"],\"a\":1.0}")).isNull();
        assertThat(difference("application/json", "{\"a\":1}", "{\"a\":2}")).contains("JSON body differs");
        assertThat(difference("application/json", "{\"a\":[1,2]}", "{\"a\":[2,1]}")).isNotNull();
    }

    @Test
    void xmlIgnoresSiblingOrderButNotTextNamesOrNamespaces() {
        String expected = "<R xmlns=\"urn:x\"><a>1</a><b>2</b><m>x</m><m>y</m></R>";

        assertThat(difference("application/xml", expected, "<R xmlns=\"urn:x\"><b>2</b><a> 1 </a><m>x</m><m>y</m></R>")).isNull();
        assertThat(difference("application/xml", expected, "<R xmlns=\"urn:x\"><a>1</a><b>2</b><m>y</m><m>x</m></R>")).isNotNull();
        assertThat(difference("application/xml", expected, "<R><a>1</a><b>2</b><m>x</m><m>y</m></R>")).isNotNull();
        assertThat(difference("application/xml", expected, "<R xmlns=\"urn:x\"><a>1</a><m>x</m><m>y</m></R>")).isNotNull();
    }

    @Test
    void xmlAllowsOnlyRequestMetadataBesideTheExpectedChildren() {
        String expected = "<R><a>1</a></R>";

        assertThat(difference("application/xml", expected, "<R><a>1</a><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></R>")).isNull();
        assertThat(difference("application/xml", expected, "<R><a>1</a><Other/></R>")).isNotNull();
    }

    @Test
    void cborKeepsTagsAndCompares() throws IOException {
        String tagged = cbor(true, 5);

        assertThat(CborBodies.difference(Base64.getDecoder().decode(tagged), Base64.getDecoder().decode(cbor(true, 5)))).isNull();
        assertThat(CborBodies.difference(Base64.getDecoder().decode(tagged), Base64.getDecoder().decode(cbor(false, 5)))).isNotNull();
        assertThat(CborBodies.difference(Base64.getDecoder().decode(tagged), Base64.getDecoder().decode(cbor(true, 6)))).isNotNull();
    }

    @Test
    void emptyExpectedBodyRequiresEmptyBody() {
        assertThat(difference("application/cbor", "", "")).isNull();
        assertThat(difference("application/json", "", "{}")).isNotNull();
    }

    private static String difference(String mediaType, String expected, String actual) {
        return BodyComparison.difference(mediaType, expected, actual.getBytes(StandardCharsets.UTF_8));
    }

    private static String cbor(boolean tagged, int value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = new CBORFactory().createGenerator(out)) {
            generator.writeStartObject();
            generator.writeFieldName("when");
            if (tagged) {
                generator.writeTag(1);
            }
            generator.writeNumber(value);
            generator.writeEndObject();
        }
        return Base64.getEncoder().encodeToString(out.toByteArray());
    }
}
