package io.cloudgate.protocol.wire;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request as received, independent of the server that received it.
 *
 * @param method     upper-case HTTP method
 * @param rawPath    the path exactly as sent, still percent-encoded, without the query string
 * @param rawQuery   the query string exactly as sent, without the '?', empty when absent
 * @param headers    header names lower-cased, values in arrival order
 * @param body       the body bytes, never null
 */
public record WireRequest(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {

    public WireRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        rawQuery = rawQuery == null ? "" : rawQuery;
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }

    /** Query parameters, percent-decoded, in arrival order; a key without '=' has the value "". */
    public Map<String, List<String>> queryParameters() {
        return QueryStrings.parse(rawQuery);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
        return headers.first(name);
    }
}
