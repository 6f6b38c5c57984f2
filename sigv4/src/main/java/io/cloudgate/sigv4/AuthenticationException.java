package io.cloudgate.sigv4;

import java.util.Objects;

/**
 * Why a request was not authenticated, with a message worded as AWS words it. Thrown on every
 * rejection, so it records no stack trace.
 */
public final class AuthenticationException extends RuntimeException {

    /** The kinds of rejection; the gateway maps each to the protocol's error code. */
    public enum Failure {
        MISSING_AUTHENTICATION,
        MALFORMED_AUTHORIZATION,
        UNKNOWN_ACCESS_KEY,
        INVALID_SESSION_TOKEN,
        SIGNATURE_MISMATCH,
        REQUEST_EXPIRED,
        PRESIGNED_EXPIRED
    }

    private final Failure kind;

    public AuthenticationException(Failure kind, String message) {
        super(message, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Failure kind() {
        return kind;
    }

    static AuthenticationException malformed(String message) {
        return new AuthenticationException(Failure.MALFORMED_AUTHORIZATION, message);
    }
}
