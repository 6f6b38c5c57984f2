package io.cloudgate.cloudstack.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Map;

/**
 * Unwraps {@code {"<command>response": {...}}} (or {@code errorresponse}) and turns an error envelope into the
 * typed exception. A body that is not CloudStack's JSON (a proxy's error page) is an outage for 5xx statuses.
 */
final class ResponseReader {
    private final ObjectMapper json;

    ResponseReader(ObjectMapper json) {
        this.json = json;
    }

    JsonNode read(String command, RawResponse response) {
        JsonNode inner = unwrap(command, response);
        if (response.status() != 200 || inner.has("errorcode")) {
            int code = inner.path("errorcode").asInt(response.status());
            Integer csCode = inner.hasNonNull("cserrorcode") ? inner.get("cserrorcode").asInt() : null;
            throw CloudStackApiException.of(code, csCode, inner.path("errortext").asText(""));
        }
        return inner;
    }

    private JsonNode unwrap(String command, RawResponse response) {
        JsonNode body;
        try {
            body = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        if (body == null || !body.isObject() || body.size() != 1) {
            throw unreadable(command, response.status());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = body.fields();
        JsonNode inner = fields.next().getValue();
        if (!inner.isObject()) {
            throw unreadable(command, response.status());
        }
        return inner;
    }

    private static CloudStackException unreadable(String command, int status) {
        if (status >= 500 || status == 200) {
            return new CloudStackUnavailableException("Unreadable answer to " + command + " (HTTP " + status + ")");
        }
        return CloudStackApiException.of(status, null, "Unreadable answer to " + command);
    }
}
