package io.cloudgate.sigv4;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A temporary key is only good with its own session token, and a permanent key with none. */
final class SessionTokens {

    private SessionTokens() {
    }

    static void requireMatching(SigningSecret secret, String presented) {
        boolean matches = secret.temporary()
                ? presented != null && MessageDigest.isEqual(bytes(secret.sessionToken()), bytes(presented))
                : presented == null;
        if (!matches) {
            throw new AuthenticationException(Failure.INVALID_SESSION_TOKEN, AwsMessages.INVALID_TOKEN);
        }
    }

    private static byte[] bytes(String token) {
        return token.getBytes(StandardCharsets.UTF_8);
    }
}
