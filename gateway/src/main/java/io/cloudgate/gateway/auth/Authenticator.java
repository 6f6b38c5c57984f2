package io.cloudgate.gateway.auth;

import io.cloudgate.api.AwsException;
import io.cloudgate.api.Principal;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.identity.Identities;
import io.cloudgate.protocol.wire.QueryStrings;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.sigv4.AuthenticationException;
import io.cloudgate.sigv4.SecretLookup;
import io.cloudgate.sigv4.SigV2Verifier;
import io.cloudgate.sigv4.SigV4Verifier;
import io.cloudgate.sigv4.SignedRequest;
import io.cloudgate.sigv4.Verified;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Verifies a request's signature (SigV4, or SigV2 for older query tools) and names the principal behind it. */
public final class Authenticator {
    private final Identities identities;
    private final SigV4Verifier sigV4;
    private final SigV2Verifier sigV2;

    /** @param sigV2Enabled when false, SigV2 requests are refused as unsigned */
    public Authenticator(Identities identities, Clock clock, boolean sigV2Enabled) {
        this.identities = identities;
        SecretLookup secrets = accessKeyId -> KeyDirectory.secretOf(identities, accessKeyId);
        this.sigV4 = new SigV4Verifier(clock, secrets);
        this.sigV2 = sigV2Enabled ? new SigV2Verifier(clock, secrets) : null;
    }

    public static SignedRequest signedRequest(WireRequest request) {
        return new SignedRequest(request.method(), request.rawPath(), request.rawQuery(), request.headers().asMap(),
                request.body());
    }

    public Principal authenticate(WireRequest request, ServiceErrors errors) {
        KeyDirectory keys = new KeyDirectory(identities);
        try {
            Verified verified = isSigV2(request) && sigV2 != null
                    ? sigV2.verify(request.method(), request.header("host"), request.rawPath(), queryAndForm(request),
                            keys)
                    : sigV4.verify(signedRequest(request), keys);
            return keys.verifiedCaller(verified.accessKeyId())
                    .orElseThrow(() -> errors.unknownAccessKey().exception())
                    .principal();
        } catch (AuthenticationException e) {
            throw AuthFailures.toAwsException(e, errors);
        }
    }

    private static boolean isSigV2(WireRequest request) {
        return request.header("authorization") == null && queryAndForm(request).containsKey("SignatureVersion");
    }

    private static Map<String, List<String>> queryAndForm(WireRequest request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(request.queryParameters());
        String contentType = request.header("content-type");
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            parameters.putAll(QueryStrings.parse(request.bodyAsString()));
        }
        return parameters;
    }

    /** Raised for requests that carry no signature at all. */
    public static AwsException missingAuthentication() {
        return AwsException.forbidden("MissingAuthenticationToken", "Request is missing Authentication Token");
    }
}
