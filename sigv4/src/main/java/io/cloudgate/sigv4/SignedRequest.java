package io.cloudgate.sigv4;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of an HTTP request that a signature covers, exactly as received.
 *
 * @param method  HTTP method, e.g. {@code GET}
 * @param rawPath the request path still percent-encoded as received (no query)
 * @param rawQuery the query string as received without the leading {@code ?}; empty when absent
 * @param headers header values by lower-cased name, each list in arrival order
 * @param body    the request body; compared by reference in {@code equals}, never copied
 */
public record SignedRequest(String method, String rawPath, String rawQuery,
                            Map<String, List<String>> headers, byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    public SignedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(headers, "headers");
        rawPath = rawPath == null ? "" : rawPath;
        rawQuery = rawQuery == null ? "" : rawQuery;
        body = body == null ? NO_BODY : body;
    }

    /** The first value of a header by lower-case name, or {@code null} when absent. */
    public String firstHeader(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
