package io.cloudgate.protocol.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.schema.ShapeType;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AwsJsonProtocolTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final AwsJsonProtocol protocol = new AwsJsonProtocol("1.0");
    private final ServiceSchema service = WidgetService.service(false);

    @Test
    void idAndContentTypeFollowTheVersion() {
        AwsJsonProtocol v11 = new AwsJsonProtocol("1.1");
        WireResponse response = v11.encodeOutput(service, WidgetService.PING, null, "id");

        assertThat(v11.id()).isEqualTo("awsJson1_1");
        assertThat(protocol.id()).isEqualTo("awsJson1_0");
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.1");
        assertThatThrownBy(() -> new AwsJsonProtocol("2.0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesTheOperationNamedByTheTarget() {
        Protocol.Addressed addressed = protocol.address(request("WidgetService_2024.PutWidget", "{}"), service).orElseThrow();

        assertThat(addressed.operationName()).isEqualTo("PutWidget");
        assertThat(addressed.operation()).isSameAs(WidgetService.PUT_WIDGET);
    }

    @Test
    void unknownOperationsAndOtherPrefixesAreAddressedWithoutSchema() {
        assertThat(protocol.address(request("WidgetService_2024.Explode", "{}"), service).orElseThrow())
                .isEqualTo(new Protocol.Addressed("Explode", null));
        assertThat(protocol.address(request("OtherService.PutWidget", "{}"), service).orElseThrow())
                .isEqualTo(new Protocol.Addressed("PutWidget", null));
    }

    @Test
    void requestsWithoutTargetAreNotAwsJson() {
        WireRequest form = new WireRequest("POST", "/", "", new Headers(), "Action=PutWidget".getBytes(StandardCharsets.UTF_8));
        WireRequest get = new WireRequest("GET", "/", "", new Headers().add("X-Amz-Target", "WidgetService_2024.PutWidget"), null);

        assertThat(protocol.address(form, service)).isEmpty();
        assertThat(protocol.address(get, service)).isEmpty();
    }

    @Test
    void decodesEveryKindOfMember() {
        String body = """
                {"name":"w","small":-3,"count":7,"size":9999999999,"weight":1.5,"ratio":"NaN","enabled":true,
                 "created":1700000000.25,"createdText":"2019-12-16T22:48:18-01:00",
                 "createdHttp":"Sun, 02 Jan 2000 20:34:56 GMT","payload":"aGk=","tags":["a",null],
                 "labels":{"k":"v"},"part":{"name":"p","unknown":[1,{"x":2}]},"choice":{"number":4},
                 "extra":{"n":[1,2.5,"s",true,null]},"ignored":null,"notInModel":"x"}""";

        @SuppressWarnings("unchecked")
        Map<String, Object> widget = (Map<String, Object>) protocol.decodeInput(request("WidgetService_2024.PutWidget", body), service,
                WidgetService.PUT_WIDGET);

        assertThat(widget.get("name")).isEqualTo("w");
        assertThat(widget.get("small")).isEqualTo((byte) -3);
        assertThat(widget.get("count")).isEqualTo(7);
        assertThat(widget.get("size")).isEqualTo(9999999999L);
        assertThat(widget.get("weight")).isEqualTo(1.5f);
        assertThat((Double) widget.get("ratio")).isNaN();
        assertThat(widget.get("enabled")).isEqualTo(true);
        assertThat(widget.get("created")).isEqualTo(Instant.ofEpochSecond(1700000000L, 250_000_000));
        assertThat(widget.get("createdText")).isEqualTo(Instant.parse("2019-12-16T23:48:18Z"));
        assertThat(widget.get("createdHttp")).isEqualTo(Instant.parse("2000-01-02T20:34:56Z"));
        assertThat((byte[]) widget.get("payload")).isEqualTo("hi".getBytes(StandardCharsets.UTF_8));
        assertThat(widget.get("tags")).isEqualTo(Arrays.asList("a", null));
        assertThat(widget.get("labels")).isEqualTo(Map.of("k", "v"));
        assertThat(widget.get("part")).isEqualTo(Map.of("name", "p"));
        assertThat(widget.get("choice")).isEqualTo(Map.of("number", 4));
        assertThat(widget.get("extra")).isEqualTo(Map.of("n", Arrays.asList(1, 2.5, "s", true, null)));
        assertThat(widget.keySet()).doesNotContain("ignored", "notInModel");
    }

    @Test
    void emptyOrWhitespaceBodyIsEmptyInput() {
        assertThat(protocol.decodeInput(request("WidgetService_2024.PutWidget", " \n"), service, WidgetService.PUT_WIDGET))
                .isEqualTo(Map.of());
        assertThat(protocol.decodeInput(request("WidgetService_2024.Ping", "{}"), service, WidgetService.PING)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{", "[]", "\"text\"", "{} {}", "{\"count\":\"5\"}", "{\"count\":1.5}", "{\"count\":3000000000}",
            "{\"small\":200}", "{\"size\":99999999999999999999}", "{\"name\":5}", "{\"enabled\":\"true\"}",
            "{\"ratio\":\"Lots\"}", "{\"payload\":\"!!!\"}", "{\"created\":\"yesterday\"}", "{\"created\":1e999999}",
            "{\"createdText\":1}", "{\"createdText\":\"16/12/2019\"}", "{\"tags\":\"a\"}", "{\"labels\":[]}",
            "{\"part\":[]}", "{\"choice\":{\"text\":\"a\",\"number\":1}}", "{\"name\":\"\\ud800\"x}"})
    void malformedInputIsAClientError(String body) {
        WireRequest request = request("WidgetService_2024.PutWidget", body);

        assertThatThrownBy(() -> protocol.decodeInput(request, service, WidgetService.PUT_WIDGET))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void invalidUtf8IsAClientError() {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xFF, '"', '}'};
        Headers headers = new Headers().add("X-Amz-Target", "WidgetService_2024.PutWidget");

        assertThatThrownBy(() -> protocol.decodeInput(new WireRequest("POST", "/", "", headers, body), service,
                WidgetService.PUT_WIDGET)).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void deeplyNestedDocumentsAreAClientError() {
        String body = "{\"extra\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThatThrownBy(() -> protocol.decodeInput(request("WidgetService_2024.PutWidget", body), service,
                WidgetService.PUT_WIDGET)).isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void encodesOutputByTypeWithRequestId() throws IOException {
        Map<String, Object> widget = new LinkedHashMap<>();
        widget.put("name", "w");
        widget.put("weight", 1.5f);
        widget.put("ratio", Double.NEGATIVE_INFINITY);
        widget.put("created", Instant.ofEpochSecond(1700000000L, 500_000_000));
        widget.put("createdText", Instant.parse("2014-04-29T18:30:38Z"));
        widget.put("createdHttp", Instant.parse("2014-04-29T18:30:38Z"));
        widget.put("payload", "hi".getBytes(StandardCharsets.UTF_8));
        widget.put("tags", Arrays.asList("a", null));
        widget.put("part", Map.of("name", "p"));
        widget.put("extra", Map.of("list", List.of(1, "x")));

        WireResponse response = protocol.encodeOutput(service, WidgetService.PUT_WIDGET, widget, "req-1");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().first("x-amzn-RequestId")).isEqualTo("req-1");
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.0");
        assertThat(MAPPER.readTree(response.body())).isEqualTo(MAPPER.readTree("""
                {"name":"w","weight":1.5,"ratio":"-Infinity","created":1700000000.5,
                 "createdText":"2014-04-29T18:30:38Z","createdHttp":"Tue, 29 Apr 2014 18:30:38 GMT",
                 "payload":"aGk=","tags":["a",null],"part":{"name":"p"},"extra":{"list":[1,"x"]}}"""));
    }

    @Test
    void operationsWithoutOutputAnswerAnEmptyBody() {
        WireResponse response = protocol.encodeOutput(service, WidgetService.PING, null, "req-1");

        assertThat(response.body()).isEmpty();
        assertThat(response.headers().first("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    }

    @Test
    void errorsCarryTypeAndMessage() throws IOException {
        WireResponse response = protocol.encodeError(service, ErrorValue.of(400, "ValidationError", "bad \"value\""), "r");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().contains("x-amzn-query-error")).isFalse();
        JsonNode body = MAPPER.readTree(response.body());
        assertThat(body.get("__type").asText()).isEqualTo("ValidationError");
        assertThat(body.get("message").asText()).isEqualTo("bad \"value\"");
    }

    @Test
    void queryCompatibleServicesNameTheQueryErrorAndFault() {
        ServiceSchema compatible = WidgetService.service(true);

        assertThat(protocol.encodeError(compatible, ErrorValue.of(404, "ResourceNotFound", "gone"), "r")
                .headers().first("x-amzn-query-error")).isEqualTo("ResourceNotFound;Sender");
        assertThat(protocol.encodeError(compatible, ErrorValue.of(500, "InternalFailure", null), "r")
                .headers().first("x-amzn-query-error")).isEqualTo("InternalFailure;Receiver");
    }

    @Test
    void modelledErrorMembersAreWrittenAndTheirMessageIsNotRepeated() throws IOException {
        var schema = TestShapes.structure("Oops",
                TestShapes.member("Message", TestShapes.scalar(ShapeType.STRING)),
                TestShapes.member("Reason", TestShapes.scalar(ShapeType.STRING)));
        ErrorValue error = new ErrorValue(409, "Oops", "Hi", true, schema, Map.of("Message", "Hi", "Reason", "r"));

        JsonNode body = MAPPER.readTree(protocol.encodeError(service, error, "r").body());

        assertThat(body).isEqualTo(MAPPER.readTree("{\"__type\":\"Oops\",\"Message\":\"Hi\",\"Reason\":\"r\"}"));
    }

    private static WireRequest request(String target, String body) {
        Headers headers = new Headers().add("Content-Type", "application/x-amz-json-1.0").add("X-Amz-Target", target);
        return new WireRequest("POST", "/", "", headers, body.getBytes(StandardCharsets.UTF_8));
    }
}
