package io.cloudgate.sigv4;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code Credential} of a SigV4 request: access key id and scope. Reading it is cheap and needs no
 * secret, so the gateway can route on {@link #service()} before verifying the signature.
 */
public record SigV4Credential(String accessKeyId, CredentialScope scope) {

    private static final String HEADER_PREFIX = "AWS4-HMAC-SHA256 ";
    private static final String CREDENTIAL_KEY = "Credential=";

    public SigV4Credential {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(scope, "scope");
    }

    /**
     * The credential of a request signed with an {@code Authorization: AWS4-HMAC-SHA256 ...} header or a
     * presigned {@code X-Amz-Credential} query parameter; empty when there is none or it is not of the
     * form {@code key/date/region/service/terminator}. The signature is not checked here.
     */
    public static Optional<SigV4Credential> of(SignedRequest request) {
        String authorization = request.firstHeader("authorization");
        if (authorization != null && authorization.startsWith(HEADER_PREFIX)) {
            int start = authorization.indexOf(CREDENTIAL_KEY);
            if (start < 0) {
                return Optional.empty();
            }
            start += CREDENTIAL_KEY.length();
            int end = start;
            while (end < authorization.length() && authorization.charAt(end) != ','
                    && !Character.isWhitespace(authorization.charAt(end))) {
                end++;
            }
            return parse(authorization.substring(start, end));
        }
        return QueryParameters.firstRawValue(request.rawQuery(), "X-Amz-Credential")
                .map(UriEncoding::decodeToString)
                .flatMap(SigV4Credential::parse);
    }

    /** Parses {@code AKID/20150830/us-east-1/iam/aws4_request}; empty unless it has five non-empty parts. */
    public static Optional<SigV4Credential> parse(String credential) {
        String[] parts = new String[5];
        int start = 0;
        for (int i = 0; i < parts.length; i++) {
            int slash = credential.indexOf('/', start);
            boolean last = i == parts.length - 1;
            if (last != (slash < 0)) {
                return Optional.empty();
            }
            int end = last ? credential.length() : slash;
            if (end == start) {
                return Optional.empty();
            }
            parts[i] = credential.substring(start, end);
            start = end + 1;
        }
        return Optional.of(new SigV4Credential(parts[0], new CredentialScope(parts[1], parts[2], parts[3], parts[4])));
    }

    public String date() {
        return scope.date();
    }

    public String region() {
        return scope.region();
    }

    public String service() {
        return scope.service();
    }
}
