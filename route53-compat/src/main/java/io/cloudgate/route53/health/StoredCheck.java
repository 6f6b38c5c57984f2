package io.cloudgate.route53.health;

import java.time.Instant;
import software.amazon.awssdk.services.route53.model.HealthCheck;

/**
 * A health check of an account as the store holds it. Its HealthCheckVersion is the store's document version,
 * which starts at 1 and grows by one on every write, as AWS's does.
 */
record StoredCheck(String account, String id, String callerReference, CheckConfig config, Instant createdAt,
                   long version) {

    HealthCheck toSdk() {
        return HealthCheck.builder()
                .id(id)
                .callerReference(callerReference)
                .healthCheckConfig(config.toSdk())
                .healthCheckVersion(version)
                .build();
    }

    /** The JSON body of the document (account, id and version live in the document's address and metadata). */
    record Body(String callerReference, CheckConfig config, Instant createdAt) {
    }
}
