package io.cloudgate.route53.health;

import static io.cloudgate.route53.health.HealthCheckErrors.constraint;

import io.cloudgate.api.Operation;
import io.cloudgate.api.RequestContext;
import java.util.Optional;
import java.util.UUID;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckRequest;
import software.amazon.awssdk.services.route53.model.CreateHealthCheckResponse;

/**
 * CreateHealthCheck. A CallerReference answers its existing check when the settings are the same, and
 * HealthCheckAlreadyExists when they differ or the check was deleted, as AWS does.
 */
final class CreateHealthCheck implements Operation<CreateHealthCheckRequest, CreateHealthCheckResponse> {
    static final int MAX_HEALTH_CHECKS = 200;
    private static final String LOCATION = "https://route53.amazonaws.com/2013-04-01/healthcheck/";

    private final CheckRepository repository;
    private final Verdicts verdicts;

    CreateHealthCheck(CheckRepository repository, Verdicts verdicts) {
        this.repository = repository;
        this.verdicts = verdicts;
    }

    @Override
    public CreateHealthCheckResponse handle(CreateHealthCheckRequest request, RequestContext context) {
        String account = context.principal().accountId();
        String callerReference = request.callerReference();
        if (callerReference == null) {
            throw constraint("null", "callerReference", "Member must not be null");
        }
        if (callerReference.isEmpty() || callerReference.length() > 64) {
            throw constraint(callerReference, "callerReference", "Member must have length "
                    + (callerReference.isEmpty() ? "greater than or equal to 1" : "less than or equal to 64"));
        }
        if (request.healthCheckConfig() == null) {
            throw constraint("null", "healthCheckConfig", "Member must not be null");
        }
        CheckConfig config = CheckValidation.normalize(CheckConfig.fromSdk(request.healthCheckConfig()));
        HealthCheckOperations.requireChildren(repository, account, config);
        String id = UUID.randomUUID().toString();
        Optional<String> earlier = repository.claimReference(account, callerReference, id);
        if (earlier.isPresent()) {
            StoredCheck existing = repository.find(account, earlier.get())
                    .filter(check -> check.config().equals(config))
                    .orElseThrow(() -> HealthCheckErrors.alreadyExists(callerReference));
            return response(existing);
        }
        if (repository.count(account) >= MAX_HEALTH_CHECKS) {
            throw HealthCheckErrors.tooMany(MAX_HEALTH_CHECKS);
        }
        StoredCheck created = repository.insert(account, id, callerReference, config, context.clock().instant());
        verdicts.refresh(created);
        return response(created);
    }

    private static CreateHealthCheckResponse response(StoredCheck check) {
        return CreateHealthCheckResponse.builder()
                .healthCheck(check.toSdk())
                .location(LOCATION + check.id())
                .build();
    }
}
