package io.cloudgate.sigv4;

import java.util.Objects;
import java.util.Optional;

/**
 * The scope part of a SigV4 credential: {@code 20150830/us-east-1/iam/aws4_request}.
 *
 * @param date       the signing day, {@code yyyyMMdd}
 * @param region     the region the request was signed for
 * @param service    the signing name, which tells the gateway the target service
 * @param terminator must be {@code aws4_request} (see {@link #scopeError})
 */
public record CredentialScope(String date, String region, String service, String terminator) {

    static final String TERMINATOR = "aws4_request";

    public CredentialScope {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(terminator, "terminator");
    }

    /** The scope as it appears in the credential and the string to sign. */
    public String value() {
        return date + '/' + region + '/' + service + '/' + terminator;
    }

    /**
     * Why this scope cannot sign a request dated {@code requestDateTime} (basic ISO 8601, e.g.
     * {@code 20150830T123600Z}); empty when it can.
     */
    public Optional<String> scopeError(String requestDateTime) {
        if (!TERMINATOR.equals(terminator)) {
            return Optional.of("Credential should be scoped with a valid terminator: 'aws4_request', not '"
                    + terminator + "'.");
        }
        String requestDate = requestDateTime.length() >= 8 ? requestDateTime.substring(0, 8) : requestDateTime;
        if (!date.equals(requestDate)) {
            return Optional.of("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date "
                    + "from HTTP: '" + date + "' != '" + requestDate + "', from '" + requestDateTime + "'.");
        }
        return Optional.empty();
    }
}
