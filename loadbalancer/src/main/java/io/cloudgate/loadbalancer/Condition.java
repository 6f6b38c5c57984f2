package io.cloudgate.loadbalancer;

import java.util.List;

/**
 * What an HTTP request must look like for a rule to apply. Patterns use {@code *} (any run of characters) and
 * {@code ?} (one character); host and header values compare without regard to ASCII case, paths with it.
 */
public sealed interface Condition {

    record PathPattern(List<String> patterns) implements Condition {
    }

    record HostHeader(List<String> patterns) implements Condition {
    }

    record HttpHeader(String name, List<String> patterns) implements Condition {
    }

    /** Each pair matches a query parameter; a null key matches any parameter with that value. */
    record QueryString(List<KeyValue> pairs) implements Condition {
    }

    record KeyValue(String key, String value) {
    }
}
