package io.cloudgate.sigv4;

import java.util.Optional;

/** Finds the secret behind an access key id; empty when the key is unknown or disabled. */
@FunctionalInterface
public interface SecretLookup {

    Optional<SigningSecret> find(String accessKeyId);
}
