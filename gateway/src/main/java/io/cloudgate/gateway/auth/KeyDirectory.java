package io.cloudgate.gateway.auth;

import io.cloudgate.identity.Caller;
import io.cloudgate.identity.Identities;
import io.cloudgate.sigv4.SecretLookup;
import io.cloudgate.sigv4.SigningSecret;
import java.util.Optional;

/**
 * Serves the signature verification of one request from the identity store, and keeps the caller it found so that
 * the request is then served without resolving the key (and decrypting its secret) a second time.
 */
final class KeyDirectory implements SecretLookup {
    private final Identities identities;
    private Caller found;

    KeyDirectory(Identities identities) {
        this.identities = identities;
    }

    /** The secret of an active key, from the store. */
    static Optional<SigningSecret> secretOf(Identities identities, String accessKeyId) {
        return identities.resolve(accessKeyId).map(KeyDirectory::secretOf);
    }

    @Override
    public Optional<SigningSecret> find(String accessKeyId) {
        Optional<Caller> caller = identities.resolve(accessKeyId);
        found = caller.orElse(null);
        return caller.map(KeyDirectory::secretOf);
    }

    /** The caller behind a key whose signature has just been verified with this directory. */
    Optional<Caller> verifiedCaller(String accessKeyId) {
        if (found != null && found.key().accessKeyId().equals(accessKeyId)) {
            return Optional.of(found);
        }
        return identities.resolve(accessKeyId);
    }

    private static SigningSecret secretOf(Caller caller) {
        return new SigningSecret(caller.secretAccessKey(), caller.key().sessionToken());
    }
}
