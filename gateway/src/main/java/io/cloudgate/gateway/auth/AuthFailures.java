package io.cloudgate.gateway.auth;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.sigv4.AuthenticationException;

/** Turns a verification failure into the error code the service uses for it. */
final class AuthFailures {
    private AuthFailures() {
    }

    static AwsException toAwsException(AuthenticationException failure, ServiceErrors errors) {
        return switch (failure.kind()) {
            case MISSING_AUTHENTICATION -> Authenticator.missingAuthentication();
            case MALFORMED_AUTHORIZATION -> AwsException.badRequest("IncompleteSignature", failure.getMessage());
            case UNKNOWN_ACCESS_KEY, INVALID_SESSION_TOKEN -> errors.unknownAccessKey().exception();
            case SIGNATURE_MISMATCH -> AwsException.forbidden("SignatureDoesNotMatch", failure.getMessage());
            case REQUEST_EXPIRED, PRESIGNED_EXPIRED -> errors.requestExpired().exception(failure.getMessage());
        };
    }
}
