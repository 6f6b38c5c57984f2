package io.cloudgate.route53.health;

import static io.cloudgate.route53.health.HealthCheckErrors.constraint;
import static io.cloudgate.route53.health.HealthCheckErrors.invalidParameter;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks a health check configuration as Route 53 does and fills in AWS's defaults. Unlike AWS, loopback and
 * private addresses are accepted: the endpoints an emulator's users check are usually local.
 */
final class CheckValidation {
    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final String MEMBER = "healthCheckConfig.";

    private CheckValidation() {
    }

    /** The configuration with defaults applied; throws InvalidInput for settings AWS refuses. */
    static CheckConfig normalize(CheckConfig config) {
        String type = config.type();
        if (type == null) {
            throw constraint("null", MEMBER + "type", "Member must not be null");
        }
        if (!CheckTypes.ALL.contains(type)) {
            throw constraint(type, MEMBER + "type", "Member must satisfy enum value set: "
                    + "[HTTPS_STR_MATCH, CLOUDWATCH_METRIC, HTTP_STR_MATCH, CALCULATED, HTTPS, TCP, HTTP, "
                    + "RECOVERY_CONTROL]");
        }
        checkConstraints(config);
        return switch (type) {
            case CheckTypes.CALCULATED -> calculated(config);
            case CheckTypes.CLOUDWATCH_METRIC -> cloudWatchMetric(config);
            case CheckTypes.RECOVERY_CONTROL ->
                    throw invalidParameter("RECOVERY_CONTROL health checks are not supported by this gateway.");
            default -> endpoint(config);
        };
    }

    private static void checkConstraints(CheckConfig config) {
        range(config.port(), "port", 1, 65535);
        range(config.requestInterval(), "requestInterval", 10, 30);
        range(config.failureThreshold(), "failureThreshold", 1, 10);
        range(config.healthThreshold(), "healthThreshold", 0, 256);
        length(config.resourcePath(), "resourcePath", 255);
        length(config.fullyQualifiedDomainName(), "fullyQualifiedDomainName", 255);
        length(config.searchString(), "searchString", 255);
        length(config.ipAddress(), "iPAddress", 45);
        if (config.childHealthChecks().size() > 256) {
            throw constraint(config.childHealthChecks(), MEMBER + "childHealthChecks",
                    "Member must have length less than or equal to 256");
        }
        for (String child : config.childHealthChecks()) {
            length(child, "childHealthChecks.member", 64);
        }
        if (!config.regions().isEmpty() && config.regions().size() < 3) {
            throw constraint(config.regions(), MEMBER + "regions",
                    "Member must have length greater than or equal to 3");
        }
    }

    private static CheckConfig endpoint(CheckConfig config) {
        String type = config.type();
        if (config.alarmName() != null) {
            throw invalidParameter("Basic health checks must not have an metric region specified.");
        }
        if (config.insufficientDataHealthStatus() != null) {
            throw invalidParameter("Basic health checks must not have an insufficient data health state specified.");
        }
        if (!config.childHealthChecks().isEmpty() || config.healthThreshold() != null) {
            throw invalidParameter("Basic health checks must not have child health checks or a health threshold.");
        }
        if (config.ipAddress() == null && config.fullyQualifiedDomainName() == null) {
            throw invalidParameter("Either an IP address or a fully qualified domain name must be specified.");
        }
        if (config.ipAddress() != null) {
            checkIpAddress(config.ipAddress());
        }
        if (CheckTypes.STRING_MATCH.contains(type) && (config.searchString() == null
                || config.searchString().isEmpty())) {
            throw invalidParameter("A search string must be specified for " + type + " health checks.");
        }
        if (!CheckTypes.STRING_MATCH.contains(type) && config.searchString() != null) {
            throw invalidParameter("A search string may only be specified for HTTP_STR_MATCH and HTTPS_STR_MATCH"
                    + " health checks.");
        }
        if (CheckTypes.TCP.equals(type) && config.port() == null) {
            throw invalidParameter("A port must be specified for TCP health checks.");
        }
        if (CheckTypes.TCP.equals(type) && config.resourcePath() != null) {
            throw invalidParameter("A resource path must not be specified for TCP health checks.");
        }
        Integer interval = config.requestInterval() == null ? 30 : config.requestInterval();
        if (interval != 10 && interval != 30) {
            throw invalidParameter("RequestInterval must be either 10 or 30 seconds.");
        }
        boolean tls = CheckTypes.TLS.contains(type);
        Integer port = config.port() != null ? config.port() : tls ? 443 : 80;
        return new CheckConfig(type, config.ipAddress(), port, config.resourcePath(),
                config.fullyQualifiedDomainName(), config.searchString(), interval,
                orDefault(config.failureThreshold(), 3), orDefault(config.measureLatency(), false),
                orDefault(config.inverted(), false), orDefault(config.disabled(), false), null, null,
                CheckTypes.HTTP_FAMILY.contains(type) ? orDefault(config.enableSni(), tls) : null, config.regions(),
                null, null, null, null);
    }

    private static CheckConfig calculated(CheckConfig config) {
        rejectEndpointSettings(config, "Calculated");
        if (config.alarmName() != null) {
            throw invalidParameter("Calculated health checks must not have an alarm identifier.");
        }
        return new CheckConfig(config.type(), null, null, null, null, null, null, null, null,
                orDefault(config.inverted(), false), orDefault(config.disabled(), false),
                orDefault(config.healthThreshold(), 0), config.childHealthChecks(), null, List.of(), null, null,
                null, null);
    }

    private static CheckConfig cloudWatchMetric(CheckConfig config) {
        rejectEndpointSettings(config, "CloudWatch metric");
        if (config.alarmName() == null) {
            throw invalidParameter("An alarm identifier must be specified for CLOUDWATCH_METRIC health checks.");
        }
        String insufficientData = orDefault(config.insufficientDataHealthStatus(), "LastKnownStatus");
        if (!List.of("Healthy", "Unhealthy", "LastKnownStatus").contains(insufficientData)) {
            throw constraint(insufficientData, MEMBER + "insufficientDataHealthStatus",
                    "Member must satisfy enum value set: [Healthy, LastKnownStatus, Unhealthy]");
        }
        return new CheckConfig(config.type(), null, null, null, null, null, null, null, null,
                orDefault(config.inverted(), false), orDefault(config.disabled(), false), null, null, null,
                List.of(), config.alarmName(), config.alarmRegion(), insufficientData, null);
    }

    private static void rejectEndpointSettings(CheckConfig config, String kind) {
        if (config.ipAddress() != null || config.port() != null || config.resourcePath() != null
                || config.fullyQualifiedDomainName() != null || config.searchString() != null
                || config.requestInterval() != null || config.failureThreshold() != null) {
            throw invalidParameter(kind + " health checks must not have endpoint settings (IPAddress, Port,"
                    + " ResourcePath, FullyQualifiedDomainName, SearchString, RequestInterval, FailureThreshold).");
        }
        if (!CheckTypes.CALCULATED.equals(config.type())
                && (!config.childHealthChecks().isEmpty() || config.healthThreshold() != null)) {
            throw invalidParameter(kind + " health checks must not have child health checks.");
        }
    }

    private static void checkIpAddress(String address) {
        if (IPV4.matcher(address).matches()) {
            return;
        }
        // A literal with a colon is parsed as IPv6 without any DNS lookup.
        if (address.indexOf(':') >= 0 && IPV6_CHARACTERS.matcher(address).matches()) {
            try {
                InetAddress.getByName(address);
                return;
            } catch (UnknownHostException e) {
                // falls through to the error below
            }
        }
        throw invalidParameter("IP address '" + address + "' is not a valid IPv4 or IPv6 address.");
    }

    private static void range(Integer value, String member, int min, int max) {
        if (value != null && (value < min || value > max)) {
            throw constraint(value, MEMBER + member, "Member must have value "
                    + (value < min ? "greater than or equal to " + min : "less than or equal to " + max));
        }
    }

    private static void length(String value, String member, int max) {
        if (value != null && value.length() > max) {
            throw constraint(value, MEMBER + member, "Member must have length less than or equal to " + max);
        }
    }

    private static <T> T orDefault(T value, T defaultValue) {
        return value == null ? defaultValue : value;
    }
}
