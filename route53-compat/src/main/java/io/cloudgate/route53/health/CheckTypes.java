package io.cloudgate.route53.health;

import java.util.Set;

/** The health check types, grouped by what they need. */
final class CheckTypes {
    static final String HTTP = "HTTP";
    static final String HTTPS = "HTTPS";
    static final String HTTP_STR_MATCH = "HTTP_STR_MATCH";
    static final String HTTPS_STR_MATCH = "HTTPS_STR_MATCH";
    static final String TCP = "TCP";
    static final String CALCULATED = "CALCULATED";
    static final String CLOUDWATCH_METRIC = "CLOUDWATCH_METRIC";
    static final String RECOVERY_CONTROL = "RECOVERY_CONTROL";

    static final Set<String> ENDPOINT = Set.of(HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH, TCP);
    static final Set<String> HTTP_FAMILY = Set.of(HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH);
    static final Set<String> TLS = Set.of(HTTPS, HTTPS_STR_MATCH);
    static final Set<String> STRING_MATCH = Set.of(HTTP_STR_MATCH, HTTPS_STR_MATCH);
    static final Set<String> ALL = Set.of(HTTP, HTTPS, HTTP_STR_MATCH, HTTPS_STR_MATCH, TCP, CALCULATED,
            CLOUDWATCH_METRIC, RECOVERY_CONTROL);

    private CheckTypes() {
    }
}
