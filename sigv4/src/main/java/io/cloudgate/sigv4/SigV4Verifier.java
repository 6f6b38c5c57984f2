package io.cloudgate.sigv4;

import static io.cloudgate.sigv4.AuthenticationException.malformed;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Objects;

/**
 * Verifies AWS Signature Version 4 requests signed in the {@code Authorization} header or presigned in
 * the query string, as non-S3 services do (double-encoded path, normalized per the AWS SDKs).
 *
 * <p>Checks in order: presence and syntax of the signature fields, credential scope, signing time (15
 * minutes of skew either way; {@code X-Amz-Expires} for presigned requests), access key, session token,
 * payload hash, then the signature itself, compared in constant time. Thread-safe.
 */
public final class SigV4Verifier {

    private static final int SIGNING_KEY_CACHE_SIZE = 4096;

    private final RequestTimes times;
    private final SecretLookup lookup;
    private final SigningKeyCache signingKeys = new SigningKeyCache(SIGNING_KEY_CACHE_SIZE);

    public SigV4Verifier(Clock clock, SecretLookup lookup) {
        this.times = new RequestTimes(Objects.requireNonNull(clock, "clock"));
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * Returns who signed the request, or throws {@link AuthenticationException} saying why it is not
     * authentic.
     */
    public Verified verify(SignedRequest request) {
        return verify(request, lookup);
    }

    /** As {@link #verify(SignedRequest)}, finding the secret with {@code lookup} instead of this verifier's own. */
    public Verified verify(SignedRequest request, SecretLookup lookup) {
        QueryParameters query = QueryParameters.parse(request.rawQuery());
        SigV4Authorization authorization = SigV4Authorization.from(request, query);
        SigV4Credential credential = authorization.credential();
        credential.scope().scopeError(authorization.requestDateTime()).ifPresent(message -> {
            throw malformed(message);
        });
        if (authorization.presigned()) {
            times.requirePresignedValid(authorization.signedAt(), authorization.validFor());
        } else {
            times.requireWithinSkew(authorization.signedAt());
        }
        SigningSecret secret = lookup.find(credential.accessKeyId()).orElseThrow(
                () -> new AuthenticationException(Failure.UNKNOWN_ACCESS_KEY, AwsMessages.INVALID_TOKEN));
        SessionTokens.requireMatching(secret, authorization.sessionToken());

        String canonicalQuery = query.canonical(
                authorization.presigned() ? SigV4Authorization.SIGNATURE_PARAMETER : null);
        String canonicalHeaders = CanonicalRequest.canonicalHeaders(request, authorization.signedHeaderNames());
        String payloadHash = PayloadHash.of(request);
        byte[] signingKey = signingKeys.signingKey(secret.secretAccessKey(), credential.scope());
        byte[] presented = authorization.signature().getBytes(StandardCharsets.US_ASCII);
        for (String canonicalUri : CanonicalUri.candidates(request.rawPath())) {
            String canonicalRequest = CanonicalRequest.canonicalRequest(request.method(), canonicalUri,
                    canonicalQuery, canonicalHeaders, authorization.signedHeaders(), payloadHash);
            String stringToSign = CanonicalRequest.stringToSign(authorization.requestDateTime(), credential.scope(),
                    canonicalRequest);
            byte[] expected = Crypto.hexBytes(Crypto.hmacSha256(signingKey,
                    stringToSign.getBytes(StandardCharsets.UTF_8)));
            if (MessageDigest.isEqual(expected, presented)) {
                return new Verified(credential.accessKeyId(), credential.region(), credential.service(),
                        authorization.sessionToken());
            }
        }
        throw new AuthenticationException(Failure.SIGNATURE_MISMATCH, AwsMessages.SIGNATURE_MISMATCH);
    }
}
