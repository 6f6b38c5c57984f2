package io.cloudgate.sigv4;

import static io.cloudgate.sigv4.AuthenticationException.malformed;

import io.cloudgate.sigv4.AuthenticationException.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The signature fields of a SigV4 request, from its {@code Authorization} header or its presigned query
 * parameters, checked for presence and syntax but not yet for validity.
 *
 * @param validFor how long a presigned request stays valid ({@code X-Amz-Expires}); null for header auth
 */
record SigV4Authorization(SigV4Credential credential, String signedHeaders, List<String> signedHeaderNames,
                          String signature, String requestDateTime, Instant signedAt, Duration validFor,
                          String sessionToken) {

    static final String SIGNATURE_PARAMETER = "X-Amz-Signature";
    static final long MAX_EXPIRES_SECONDS = 604_800;

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,12}");
    private static final String ALGORITHM_PARAMETER = "X-Amz-Algorithm";
    private static final String TOKEN_HEADER = "x-amz-security-token";
    private static final String TOKEN_PARAMETER = "X-Amz-Security-Token";
    private static final List<String> REQUIRED_PARAMETERS = List.of(ALGORITHM_PARAMETER, "X-Amz-Credential",
            SIGNATURE_PARAMETER, "X-Amz-SignedHeaders", "X-Amz-Date", "X-Amz-Expires");

    boolean presigned() {
        return validFor != null;
    }

    static SigV4Authorization from(SignedRequest request, QueryParameters query) {
        String authorization = request.firstHeader("authorization");
        boolean presigned = query.contains(ALGORITHM_PARAMETER) || query.contains("X-Amz-Credential")
                || query.contains(SIGNATURE_PARAMETER);
        if (authorization != null && presigned) {
            throw malformed("Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                    + "Signature query string parameter or the Authorization header should be specified");
        }
        if (presigned) {
            return fromQuery(request, query);
        }
        if (authorization == null) {
            throw new AuthenticationException(Failure.MISSING_AUTHENTICATION, AwsMessages.MISSING_TOKEN);
        }
        return fromHeader(authorization, request, query);
    }

    private static SigV4Authorization fromHeader(String authorization, SignedRequest request,
                                                 QueryParameters query) {
        int space = authorization.indexOf(' ');
        String algorithm = space < 0 ? authorization : authorization.substring(0, space);
        if (!algorithm.equals(CanonicalRequest.ALGORITHM)) {
            throw malformed("Unsupported AWS 'algorithm': '" + algorithm + "'");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        // Comma-separated name=value components, each trimmed; read by index rather than split, as every
        // signed request has one.
        int start = space < 0 ? authorization.length() : space + 1;
        while (start <= authorization.length()) {
            int comma = authorization.indexOf(',', start);
            int end = comma < 0 ? authorization.length() : comma;
            int from = start;
            int to = end;
            while (from < to && authorization.charAt(from) <= ' ') {
                from++;
            }
            while (to > from && authorization.charAt(to - 1) <= ' ') {
                to--;
            }
            start = end + 1;
            if (from == to) {
                continue;
            }
            int equals = authorization.indexOf('=', from);
            if (equals < 0 || equals >= to) {
                throw malformed("'" + authorization.substring(from, to) + "' not a valid key=value pair (missing "
                        + "equal-sign) in Authorization header: '" + authorization + "'.");
            }
            String value = authorization.substring(equals + 1, to);
            if (isName(authorization, from, equals, "Credential")) {
                credential = value;
            } else if (isName(authorization, from, equals, "SignedHeaders")) {
                signedHeaders = value;
            } else if (isName(authorization, from, equals, "Signature")) {
                signature = value;
            }
            // AWS ignores unknown components.
        }
        String amzDate = request.firstHeader("x-amz-date");
        String httpDate = request.firstHeader("date");
        StringBuilder missing = new StringBuilder();
        requireHeaderComponent(missing, "Credential", credential);
        requireHeaderComponent(missing, "Signature", signature);
        requireHeaderComponent(missing, "SignedHeaders", signedHeaders);
        if (amzDate == null && httpDate == null) {
            missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
        }
        if (!missing.isEmpty()) {
            throw malformed(missing + "Authorization=" + authorization);
        }
        Instant signedAt = amzDate != null
                ? AmzDates.parseBasic(amzDate).orElseThrow(() -> badDate(amzDate))
                : AmzDates.parseHttpDate(httpDate).orElseThrow(() -> badDate(httpDate));
        // A parsed X-Amz-Date is already in the basic format the string to sign uses.
        String requestDateTime = amzDate != null ? amzDate : AmzDates.basic(signedAt);
        String token = firstNonNull(request.firstHeader(TOKEN_HEADER), query.first(TOKEN_PARAMETER));
        return new SigV4Authorization(credential(credential), signedHeaders, signedHeaderNames(signedHeaders),
                signature, requestDateTime, signedAt, null, token);
    }

    private static boolean isName(String text, int from, int end, String name) {
        return end - from == name.length() && text.startsWith(name, from);
    }

    private static SigV4Authorization fromQuery(SignedRequest request, QueryParameters query) {
        StringBuilder missing = new StringBuilder();
        for (String name : REQUIRED_PARAMETERS) {
            String value = query.first(name);
            if (value == null || value.isEmpty()) {
                missing.append("AWS query-string parameters must include '").append(name).append("'. ");
            }
        }
        if (!missing.isEmpty()) {
            throw malformed(missing + "Re-examine the query-string parameters.");
        }
        if (!query.first(ALGORITHM_PARAMETER).equals(CanonicalRequest.ALGORITHM)) {
            throw malformed("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"");
        }
        String amzDate = query.first("X-Amz-Date");
        Instant signedAt = AmzDates.parseBasic(amzDate).orElseThrow(() -> badDate(amzDate));
        String signedHeaders = query.first("X-Amz-SignedHeaders");
        String token = firstNonNull(query.first(TOKEN_PARAMETER), request.firstHeader(TOKEN_HEADER));
        return new SigV4Authorization(credential(query.first("X-Amz-Credential")), signedHeaders,
                signedHeaderNames(signedHeaders), query.first(SIGNATURE_PARAMETER), amzDate, signedAt,
                expires(query.first("X-Amz-Expires")), token);
    }

    private static void requireHeaderComponent(StringBuilder missing, String name, String value) {
        if (value == null || value.isEmpty()) {
            missing.append("Authorization header requires '").append(name).append("' parameter. ");
        }
    }

    private static SigV4Credential credential(String value) {
        return SigV4Credential.parse(value).orElseThrow(() -> malformed("Credential must have exactly 5 "
                + "slash-delimited elements, e.g. keyid/date/region/service/term, got '" + value + "'"));
    }

    private static List<String> signedHeaderNames(String signedHeaders) {
        List<String> names = new ArrayList<>(8);
        int start = 0;
        while (start <= signedHeaders.length()) {
            int semicolon = signedHeaders.indexOf(';', start);
            int end = semicolon < 0 ? signedHeaders.length() : semicolon;
            if (end == start) {
                throw malformed("SignedHeaders must be a ';'-separated list of header names, got '" + signedHeaders
                        + "'");
            }
            names.add(signedHeaders.substring(start, end));
            start = end + 1;
        }
        if (!names.contains("host")) {
            throw malformed("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        return Collections.unmodifiableList(names);
    }

    private static Duration expires(String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw malformed("X-Amz-Expires should be a number");
        }
        long seconds = Long.parseLong(value);
        if (seconds < 1) {
            throw malformed("X-Amz-Expires must be at least 1 second, got " + seconds);
        }
        if (seconds > MAX_EXPIRES_SECONDS) {
            throw malformed("X-Amz-Expires must be less than a week (in seconds) that is, the given X-Amz-Expires "
                    + "must be less than " + MAX_EXPIRES_SECONDS + " seconds");
        }
        return Duration.ofSeconds(seconds);
    }

    private static AuthenticationException badDate(String value) {
        return malformed("Date must be in ISO-8601 'basic format'. Got '" + value + "'. See "
                + "http://en.wikipedia.org/wiki/ISO_8601");
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}
