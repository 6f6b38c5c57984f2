package io.cloudgate.api;

import java.util.Objects;

/**
 * Who signed a request.
 *
 * @param accountId   12-digit account id
 * @param arn         the caller's ARN as GetCallerIdentity reports it
 * @param userId      the caller's unique id as GetCallerIdentity reports it
 * @param userName    the IAM user name, or null for the account root and assumed roles
 * @param accessKeyId the access key that signed the request
 * @param temporary   true for keys issued by STS
 */
public record Principal(String accountId, String arn, String userId, String userName, String accessKeyId,
                        boolean temporary) {
    public Principal {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(arn, "arn");
    }

    public boolean isRoot() {
        return arn.endsWith(":root");
    }
}
