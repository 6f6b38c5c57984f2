package io.cloudgate.identity.sts;

import io.cloudgate.identity.IssuedKey;
import software.amazon.awssdk.services.sts.model.Credentials;

final class TemporaryCredentials {
    private TemporaryCredentials() {
    }

    static Credentials of(IssuedKey key) {
        return Credentials.builder()
                .accessKeyId(key.record().accessKeyId())
                .secretAccessKey(key.secretAccessKey())
                .sessionToken(key.record().sessionToken())
                .expiration(key.record().expiresAt())
                .build();
    }
}
