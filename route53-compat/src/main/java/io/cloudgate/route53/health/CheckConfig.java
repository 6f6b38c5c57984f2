package io.cloudgate.route53.health;

import java.util.List;
import software.amazon.awssdk.services.route53.model.AlarmIdentifier;
import software.amazon.awssdk.services.route53.model.HealthCheckConfig;

/**
 * A health check's configuration as stored, with AWS's defaults already applied, so that two requests asking for
 * the same check compare equal (CallerReference idempotency) and responses show what AWS shows.
 */
public record CheckConfig(String type, String ipAddress, Integer port, String resourcePath,
                          String fullyQualifiedDomainName, String searchString, Integer requestInterval,
                          Integer failureThreshold, Boolean measureLatency, Boolean inverted, Boolean disabled,
                          Integer healthThreshold, List<String> childHealthChecks, Boolean enableSni,
                          List<String> regions, String alarmName, String alarmRegion,
                          String insufficientDataHealthStatus, String routingControlArn) {

    public CheckConfig {
        childHealthChecks = childHealthChecks == null ? List.of() : List.copyOf(childHealthChecks);
        regions = regions == null ? List.of() : List.copyOf(regions);
    }

    static CheckConfig fromSdk(HealthCheckConfig config) {
        AlarmIdentifier alarm = config.alarmIdentifier();
        return new CheckConfig(config.typeAsString(), config.ipAddress(), config.port(), config.resourcePath(),
                config.fullyQualifiedDomainName(), config.searchString(), config.requestInterval(),
                config.failureThreshold(), config.measureLatency(), config.inverted(), config.disabled(),
                config.healthThreshold(), config.hasChildHealthChecks() ? config.childHealthChecks() : null,
                config.enableSNI(), config.hasRegions() ? config.regionsAsStrings() : null,
                alarm == null ? null : alarm.name(), alarm == null ? null : alarm.regionAsString(),
                config.insufficientDataHealthStatusAsString(), config.routingControlArn());
    }

    HealthCheckConfig toSdk() {
        return HealthCheckConfig.builder()
                .type(type).ipAddress(ipAddress).port(port).resourcePath(resourcePath)
                .fullyQualifiedDomainName(fullyQualifiedDomainName).searchString(searchString)
                .requestInterval(requestInterval).failureThreshold(failureThreshold).measureLatency(measureLatency)
                .inverted(inverted).disabled(disabled).healthThreshold(healthThreshold)
                .childHealthChecks(childHealthChecks.isEmpty() ? null : childHealthChecks)
                .enableSNI(enableSni).regionsWithStrings(regions.isEmpty() ? null : regions)
                .alarmIdentifier(alarmName == null ? null
                        : AlarmIdentifier.builder().name(alarmName).region(alarmRegion).build())
                .insufficientDataHealthStatus(insufficientDataHealthStatus).routingControlArn(routingControlArn)
                .build();
    }

    /** Whether the checker probes an endpoint for this type (as opposed to computing the status). */
    boolean probesEndpoint() {
        return CheckTypes.ENDPOINT.contains(type);
    }

    boolean isInverted() {
        return Boolean.TRUE.equals(inverted);
    }

    boolean isDisabled() {
        return Boolean.TRUE.equals(disabled);
    }

    /** The host to connect to: the IP address when given, else the domain name (resolved at each probe). */
    String targetHost() {
        return ipAddress != null ? ipAddress : fullyQualifiedDomainName;
    }
}
