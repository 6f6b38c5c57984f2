package io.cloudgate.sigv4;

import static io.cloudgate.sigv4.AuthenticationException.malformed;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies AWS Signature Version 2 requests of the EC2/query services: {@code SignatureVersion=2},
 * {@code SignatureMethod} {@code HmacSHA256} or {@code HmacSHA1}, the signature fields among the query or
 * form parameters. The string to sign is the method, the lower-cased host, the path and the parameters
 * (all but {@code Signature}) sorted by name and RFC 3986-encoded, separated by newlines. Thread-safe.
 */
public final class SigV2Verifier {

    private static final String SIGNATURE = "Signature";

    private final RequestTimes times;
    private final SecretLookup lookup;

    public SigV2Verifier(Clock clock, SecretLookup lookup) {
        this.times = new RequestTimes(Objects.requireNonNull(clock, "clock"));
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * Returns who signed the request (region and service null: SigV2 does not sign them), or throws
     * {@link AuthenticationException}.
     *
     * @param host    the {@code Host} header as sent, port included when the client sent one
     * @param rawPath the request path as received; empty means {@code /}
     * @param params  the decoded query and form parameters
     */
    public Verified verify(String method, String host, String rawPath, Map<String, List<String>> params) {
        return verify(method, host, rawPath, params, lookup);
    }

    /** As {@link #verify(String, String, String, Map)}, finding the secret with {@code lookup}. */
    public Verified verify(String method, String host, String rawPath, Map<String, List<String>> params,
                           SecretLookup lookup) {
        String accessKeyId = first(params, "AWSAccessKeyId");
        if (accessKeyId == null) {
            throw new AuthenticationException(Failure.MISSING_AUTHENTICATION,
                    "The request must contain the parameter AWSAccessKeyId");
        }
        String algorithm = macAlgorithm(params);
        byte[] presented = presentedSignature(params);
        checkTime(params);
        SigningSecret secret = lookup.find(accessKeyId).orElseThrow(
                () -> new AuthenticationException(Failure.UNKNOWN_ACCESS_KEY, AwsMessages.INVALID_TOKEN));
        String sessionToken = first(params, "SecurityToken");
        SessionTokens.requireMatching(secret, sessionToken);

        String stringToSign = method + '\n' + host.toLowerCase(Locale.ROOT) + '\n'
                + (rawPath.isEmpty() ? "/" : rawPath) + '\n' + canonicalParameters(params);
        byte[] mac = Crypto.hmac(algorithm, secret.secretAccessKey().getBytes(StandardCharsets.UTF_8),
                stringToSign.getBytes(StandardCharsets.UTF_8));
        byte[] expected = Base64.getEncoder().encode(mac);
        if (!MessageDigest.isEqual(expected, presented)) {
            throw new AuthenticationException(Failure.SIGNATURE_MISMATCH, AwsMessages.SIGNATURE_MISMATCH);
        }
        return new Verified(accessKeyId, null, null, sessionToken);
    }

    private static String macAlgorithm(Map<String, List<String>> params) {
        String version = required(params, "SignatureVersion");
        if (!"2".equals(version)) {
            throw malformed("Value (" + version + ") for parameter SignatureVersion is invalid. Expected 2.");
        }
        String method = required(params, "SignatureMethod");
        if (Crypto.HMAC_SHA256.equals(method) || Crypto.HMAC_SHA1.equals(method)) {
            return method;
        }
        throw malformed("Value (" + method + ") for parameter SignatureMethod is invalid. Expected HmacSHA256 or "
                + "HmacSHA1.");
    }

    /** The presented signature; a client that left {@code +} unescaped had it decoded to a space. */
    private static byte[] presentedSignature(Map<String, List<String>> params) {
        return required(params, SIGNATURE).replace(' ', '+').getBytes(StandardCharsets.US_ASCII);
    }

    private void checkTime(Map<String, List<String>> params) {
        String timestamp = first(params, "Timestamp");
        String expires = first(params, "Expires");
        if ((timestamp == null) == (expires == null)) {
            throw malformed("The request must contain either the parameter Timestamp or the parameter Expires, "
                    + "not both");
        }
        if (timestamp != null) {
            times.requireWithinSkew(instant("Timestamp", timestamp));
        } else {
            times.requireNotPassed(instant("Expires", expires));
        }
    }

    private static Instant instant(String parameter, String value) {
        return Iso8601.parse(value).orElseThrow(
                () -> malformed("Value (" + value + ") for parameter " + parameter + " is invalid."));
    }

    /** Parameters other than {@code Signature}, sorted by name (values in arrival order), encoded, joined. */
    private static String canonicalParameters(Map<String, List<String>> params) {
        List<String> names = new ArrayList<>(params.keySet());
        names.remove(SIGNATURE);
        names.sort(null);
        StringBuilder out = new StringBuilder(256);
        for (String name : names) {
            for (String value : params.get(name)) {
                if (!out.isEmpty()) {
                    out.append('&');
                }
                out.append(UriEncoding.encode(name, false)).append('=')
                        .append(UriEncoding.encode(value == null ? "" : value, false));
            }
        }
        return out.toString();
    }

    private static String required(Map<String, List<String>> params, String name) {
        String value = first(params, name);
        if (value == null || value.isEmpty()) {
            throw malformed("The request must contain the parameter " + name);
        }
        return value;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
