package io.cloudgate.route53.health;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.route53.model.AlarmIdentifier;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.UpdateHealthCheckResponse;

/**
 * UpdateHealthCheck: the given settings replace the stored ones, ResetElements return settings to their
 * defaults, and a HealthCheckVersion that is not the current one is refused with HealthCheckVersionMismatch.
 */
final class UpdateHealthCheck implements Operation<UpdateHealthCheckRequest, UpdateHealthCheckResponse> {
    private final CheckRepository repository;
    private final Verdicts verdicts;

    UpdateHealthCheck(CheckRepository repository, Verdicts verdicts) {
        this.repository = repository;
        this.verdicts = verdicts;
    }

    @Override
    public UpdateHealthCheckResponse handle(UpdateHealthCheckRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String id = HealthCheckOperations.requireId(request.healthCheckId());
        while (true) {
            StoredCheck current = repository.require(account, id);
            Long expected = request.healthCheckVersion();
            if (expected != null && expected != current.version()) {
                throw HealthCheckErrors.versionMismatch();
            }
            CheckConfig merged = CheckValidation.normalize(merge(current.config(), request));
            HealthCheckOperations.requireChildren(repository, account, merged);
            Optional<StoredCheck> updated = repository.replace(current, merged);
            if (updated.isPresent()) {
                verdicts.refresh(updated.get());
                return UpdateHealthCheckResponse.builder().healthCheck(updated.get().toSdk()).build();
            }
            // Another writer got in between: a versioned request has lost, an unversioned one tries again.
            if (expected != null) {
                throw HealthCheckErrors.versionMismatch();
            }
        }
    }

    private static CheckConfig merge(CheckConfig stored, UpdateHealthCheckRequest request) {
        List<String> resets = request.hasResetElements() ? request.resetElementsAsStrings() : List.of();
        AlarmIdentifier alarm = request.alarmIdentifier();
        // Defaults are filled in again by validation, so the stored endpoint defaults are kept as given values.
        return new CheckConfig(stored.type(),
                pick(request.ipAddress(), stored.ipAddress()),
                pick(request.port(), stored.port()),
                resets.contains("ResourcePath") ? null : pick(request.resourcePath(), stored.resourcePath()),
                resets.contains("FullyQualifiedDomainName") ? null
                        : pick(request.fullyQualifiedDomainName(), stored.fullyQualifiedDomainName()),
                pick(request.searchString(), stored.searchString()),
                stored.requestInterval(),
                pick(request.failureThreshold(), stored.failureThreshold()),
                stored.measureLatency(),
                pick(request.inverted(), stored.inverted()),
                pick(request.disabled(), stored.disabled()),
                pick(request.healthThreshold(), stored.healthThreshold()),
                resets.contains("ChildHealthChecks") ? List.of()
                        : request.hasChildHealthChecks() ? request.childHealthChecks() : stored.childHealthChecks(),
                pick(request.enableSNI(), stored.enableSni()),
                resets.contains("Regions") ? List.of()
                        : request.hasRegions() ? request.regionsAsStrings() : stored.regions(),
                alarm == null ? stored.alarmName() : alarm.name(),
                alarm == null ? stored.alarmRegion() : alarm.regionAsString(),
                pick(request.insufficientDataHealthStatusAsString(), stored.insufficientDataHealthStatus()),
                stored.routingControlArn());
    }

    private static <T> T pick(T requested, T stored) {
        return requested != null ? requested : stored;
    }
}
