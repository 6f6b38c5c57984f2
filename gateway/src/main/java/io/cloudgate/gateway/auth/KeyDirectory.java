package io.cloudgate.gateway.auth;

import io.cloudgate.identity.Caller;
import io.cloudgate.identity.Identities;
import io.cloudgate.sigv4.SecretLookup;
import io.cloudgate.sigv4.SigningSecret;
import java.util.Optional;

/** Serves signature verification from the identity store, and hands the caller found there back to the request. */
final class KeyDirectory implements SecretLookup {
    private final Identities identities;
    // A request is verified and then served on one thread, so the caller resolved to check its signature is
    // kept here for it rather than read from the store (and its secret decrypted) a second time.
    private final ThreadLocal<Caller> resolvedForVerification = new ThreadLocal<>();

    KeyDirectory(Identities identities) {
        this.identities = identities;
    }

    @Override
    public Optional<SigningSecret> find(String accessKeyId) {
        Optional<Caller> caller = identities.resolve(accessKeyId);
        caller.ifPresentOrElse(resolvedForVerification::set, resolvedForVerification::remove);
        return caller.map(c -> new SigningSecret(c.secretAccessKey(), c.key().sessionToken()));
    }

    /** The caller behind a key whose signature this thread has just verified. */
    Optional<Caller> verifiedCaller(String accessKeyId) {
        Caller resolved = resolvedForVerification.get();
        if (resolved != null && resolved.key().accessKeyId().equals(accessKeyId)) {
            return Optional.of(resolved);
        }
        return identities.resolve(accessKeyId);
    }

    /** Drops what this thread kept from verification, once its request is authenticated or refused. */
    void forget() {
        resolvedForVerification.remove();
    }
}
