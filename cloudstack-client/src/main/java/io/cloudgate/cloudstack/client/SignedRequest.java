package io.cloudgate.cloudstack.client;

import java.util.Map;

/**
 * A request ready to send: every parameter including {@code apiKey} and {@code signature}, and the query string
 * they make (names raw, values encoded as they were signed, the signature URL-encoded).
 */
public record SignedRequest(String command, Map<String, String> params, String queryString) {
    public SignedRequest {
        params = Map.copyOf(params);
    }
}
