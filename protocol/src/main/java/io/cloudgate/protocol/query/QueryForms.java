package io.cloudgate.protocol.query;

import io.cloudgate.protocol.Protocol.Addressed;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.QueryStrings;
import io.cloudgate.protocol.wire.Utf8;
import io.cloudgate.protocol.wire.WireRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a query-protocol request: the form body (when the Content-Type says it is one, with or
 * without a charset) merged with the query string, so both POST and GET requests work.
 */
public final class QueryForms {
    private static final String FORM_TYPE = "application/x-www-form-urlencoded";

    private QueryForms() {
    }

    /** Every parameter, percent-decoded; a name sent twice keeps its first value, body before query string. */
    public static Map<String, String> parameters(WireRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (isForm(request.header("content-type")) && request.body().length > 0) {
            QueryStrings.forEachPair(Utf8.decodeStrict(request.body(), 0, request.body().length),
                    parameters::putIfAbsent);
        }
        QueryStrings.forEachPair(request.rawQuery(), parameters::putIfAbsent);
        return parameters;
    }

    /** The Version parameter, or null; the gateway decides what a foreign version means. */
    public static String version(WireRequest request) {
        return parameters(request).get("Version");
    }

    /** Shared by both query protocols: the Action names the operation. */
    static Optional<Addressed> address(WireRequest request, ServiceSchema service) {
        String action = parameters(request).get("Action");
        if (action == null || action.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Addressed(action, service.operation(action)));
    }

    /** The media type, before any parameter and trimmed, is the form type in any ASCII case. Read in place. */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        int from = 0;
        int to = semicolon < 0 ? contentType.length() : semicolon;
        while (from < to && contentType.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && contentType.charAt(to - 1) <= ' ') {
            to--;
        }
        if (to - from != FORM_TYPE.length()) {
            return false;
        }
        for (int i = 0; i < FORM_TYPE.length(); i++) {
            char c = contentType.charAt(from + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != FORM_TYPE.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
