package io.cloudgate.sigv4;

import java.util.Objects;

/**
 * The secret half of an access key.
 *
 * @param secretAccessKey the secret used to derive signing keys
 * @param sessionToken    non-null for temporary keys: the request must then present exactly this token
 *                        ({@code X-Amz-Security-Token} header or query parameter, {@code SecurityToken} for SigV2)
 */
public record SigningSecret(String secretAccessKey, String sessionToken) {

    public SigningSecret {
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    }

    /** A permanent key: requests must not carry a session token. */
    public static SigningSecret permanent(String secretAccessKey) {
        return new SigningSecret(secretAccessKey, null);
    }

    public boolean temporary() {
        return sessionToken != null;
    }

    /** Never prints the secret or the token. */
    @Override
    public String toString() {
        return "SigningSecret[temporary=" + temporary() + "]";
    }
}
