package io.cloudgate.gateway.auth;

import io.cloudgate.identity.Caller;
import io.cloudgate.identity.Identities;
import io.cloudgate.sigv4.SecretLookup;
import io.cloudgate.sigv4.SigningSecret;
import java.util.Optional;

/** Serves signature verification from the identity store. */
final class KeyDirectory implements SecretLookup {
    private final Identities identities;

    KeyDirectory(Identities identities) {
        this.identities = identities;
    }

    @Override
    public Optional<SigningSecret> find(String accessKeyId) {
        return caller(accessKeyId).map(c -> new SigningSecret(c.secretAccessKey(), c.key().sessionToken()));
    }

    Optional<Caller> caller(String accessKeyId) {
        return identities.resolve(accessKeyId);
    }
}
