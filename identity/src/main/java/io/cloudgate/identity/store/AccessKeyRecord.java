package io.cloudgate.identity.store;

import java.time.Instant;

/**
 * An access key. The secret is stored encrypted (see {@link SecretCipher}).
 *
 * @param userName       the IAM user, or null for the account root and for assumed roles
 * @param sessionToken   set for temporary keys: requests must present it
 * @param expiresAt      set for temporary keys
 * @param roleArn        for keys from AssumeRole: the assumed role's ARN
 * @param roleSessionName for keys from AssumeRole
 */
public record AccessKeyRecord(String accessKeyId, String accountId, String userName, String status,
                              Instant createdAt, String encryptedSecret, String sessionToken, Instant expiresAt,
                              String roleArn, String roleSessionName) {
    public static final String ACTIVE = "Active";

    public boolean active() {
        return ACTIVE.equals(status);
    }

    public AccessKeyRecord withStatus(String newStatus) {
        return new AccessKeyRecord(accessKeyId, accountId, userName, newStatus, createdAt, encryptedSecret,
                sessionToken, expiresAt, roleArn, roleSessionName);
    }
}
