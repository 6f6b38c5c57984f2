package io.cloudgate.protocol.cbor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORParser;
import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.json.WidgetService;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RpcV2CborProtocolTest {
    private static final CBORFactory CBOR = new CBORFactory();
    private static final String PATH = "/service/WidgetService_2024/operation/PutWidget";
    private final RpcV2CborProtocol protocol = new RpcV2CborProtocol();
    private final ServiceSchema service = WidgetService.service(false);

    @Test
    void addressesByPathEvenBehindAPrefix() {
        Protocol.Addressed addressed = protocol.address(request("/prefix/v1" + PATH, new byte[0]), service).orElseThrow();

        assertThat(protocol.id()).isEqualTo("rpcv2Cbor");
        assertThat(addressed.operation()).isSameAs(WidgetService.PUT_WIDGET);
        assertThat(protocol.address(request("/service/Other/operation/PutWidget", new byte[0]), service).orElseThrow())
                .isEqualTo(new Protocol.Addressed("PutWidget", null));
    }

    @Test
    void requestsWithoutTheProtocolHeaderAreNotRpcV2Cbor() {
        WireRequest plain = new WireRequest("POST", PATH, "", new Headers(), null);

        assertThat(protocol.address(plain, service)).isEmpty();
    }

    @Test
    void malformedAddressesAreClientErrors() {
        WireRequest get = new WireRequest("GET", PATH, "", new Headers().add("smithy-protocol", "rpc-v2-cbor"), null);

        assertThatThrownBy(() -> protocol.address(get, service)).isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> protocol.address(request("/service/WidgetService_2024/PutWidget", null), service))
                .isInstanceOf(MalformedRequestException.class);
        assertThatThrownBy(() -> protocol.address(request("/service//operation/PutWidget", null), service))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void decodesTaggedTimestampsByteStringsAndIndefiniteLengths() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = CBOR.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField("name", "w");
            generator.writeFieldName("count");
            generator.writeNumber((short) 7);
            generator.writeFieldName("ratio");
            generator.writeNumber(0.5f);
            generator.writeFieldName("created");
            generator.writeTag(1);
            generator.writeNumber(1700000000.5);
            generator.writeFieldName("createdText");
            generator.writeTag(1);
            generator.writeNumber(1576540098);
            generator.writeFieldName("payload");
            generator.writeBinary("hi".getBytes(StandardCharsets.UTF_8));
            generator.writeFieldName("tags");
            generator.writeStartArray();
            generator.writeString("a");
            generator.writeNull();
            generator.writeEndArray();
            generator.writeEndObject();
        }

        Object widget = protocol.decodeInput(request(PATH, out.toByteArray()), service, WidgetService.PUT_WIDGET);

        Map<?, ?> values = (Map<?, ?>) widget;
        assertThat(values.get("name")).isEqualTo("w");
        assertThat(values.get("count")).isEqualTo(7);
        assertThat(values.get("ratio")).isEqualTo(0.5);
        assertThat(values.get("created")).isEqualTo(Instant.ofEpochSecond(1700000000L, 500_000_000));
        assertThat(values.get("createdText")).isEqualTo(Instant.ofEpochSecond(1576540098L));
        assertThat((byte[]) values.get("payload")).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
        assertThat(values.get("tags")).isEqualTo(Arrays.asList("a", null));
    }

    @Test
    void emptyBodyIsEmptyInput() {
        assertThat(protocol.decodeInput(request(PATH, new byte[0]), service, WidgetService.PUT_WIDGET)).isEqualTo(Map.of());
    }

    @Test
    void malformedCborIsAClientError() {
        byte[] truncatedMap = {(byte) 0xA1, 0x64, 'n', 'a'};
        byte[] topLevelArray = {(byte) 0x80};
        byte[] stringForInteger = {(byte) 0xA1, 0x65, 'c', 'o', 'u', 'n', 't', 0x61, 'x'};
        byte[] invalidUtf8Text = {(byte) 0xA1, 0x64, 'n', 'a', 'm', 'e', 0x61, (byte) 0xFF};
        byte[] reservedInitialByte = {(byte) 0xA1, 0x64, 'n', 'a', 'm', 'e', (byte) 0xFC};

        for (byte[] body : new byte[][] {truncatedMap, topLevelArray, stringForInteger, invalidUtf8Text, reservedInitialByte}) {
            assertThatThrownBy(() -> protocol.decodeInput(request(PATH, body), service, WidgetService.PUT_WIDGET))
                    .isInstanceOf(MalformedRequestException.class);
        }
    }

    @Test
    void encodesOutputWithProtocolHeaderAndTaggedTimestamps() throws IOException {
        Map<String, Object> widget = new LinkedHashMap<>();
        widget.put("name", "w");
        widget.put("created", Instant.ofEpochSecond(1700000000L));
        widget.put("payload", new byte[] {1, 2});

        WireResponse response = protocol.encodeOutput(service, WidgetService.PUT_WIDGET, widget, "req-1");

        assertThat(response.headers().first("smithy-protocol")).isEqualTo("rpc-v2-cbor");
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/cbor");
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("req-1");
        try (CBORParser parser = CBOR.createParser(response.body())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextFieldName()).isEqualTo("name");
            assertThat(parser.nextTextValue()).isEqualTo("w");
            assertThat(parser.nextFieldName()).isEqualTo("created");
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
            assertThat(parser.getCurrentTag()).isEqualTo(1);
            assertThat(parser.getLongValue()).isEqualTo(1700000000L);
            assertThat(parser.nextFieldName()).isEqualTo("payload");
            assertThat(parser.nextToken()).isEqualTo(JsonToken.VALUE_EMBEDDED_OBJECT);
            assertThat(parser.getBinaryValue()).containsExactly(1, 2);
        }
    }

    @Test
    void operationsWithoutOutputAnswerNoBodyAndNoContentType() {
        WireResponse response = protocol.encodeOutput(service, WidgetService.PING, null, "req-1");

        assertThat(response.body()).isEmpty();
        assertThat(response.headers().contains("Content-Type")).isFalse();
        assertThat(response.headers().first("smithy-protocol")).isEqualTo("rpc-v2-cbor");
    }

    @Test
    void errorsCarryTypeMessageAndQueryError() throws IOException {
        WireResponse response = protocol.encodeError(WidgetService.service(true),
                ErrorValue.of(400, "InvalidParameterValue", "bad"), "r");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().first("x-amzn-query-error")).isEqualTo("InvalidParameterValue;Sender");
        assertThat(response.headers().first("smithy-protocol")).isEqualTo("rpc-v2-cbor");
        try (CBORParser parser = CBOR.createParser(response.body())) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            assertThat(parser.nextFieldName()).isEqualTo("__type");
            assertThat(parser.nextTextValue()).isEqualTo("InvalidParameterValue");
            assertThat(parser.nextFieldName()).isEqualTo("message");
            assertThat(parser.nextTextValue()).isEqualTo("bad");
        }
    }

    private static WireRequest request(String path, byte[] body) {
        Headers headers = new Headers().add("smithy-protocol", "rpc-v2-cbor").add("Content-Type", "application/cbor");
        return new WireRequest("POST", path, "", headers, body);
    }
}
