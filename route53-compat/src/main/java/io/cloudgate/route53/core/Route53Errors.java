package io.cloudgate.route53.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.dns.DnsException;
import java.util.List;

/** Route 53's error codes and wording. */
public final class Route53Errors {
    private Route53Errors() {
    }

    public static AwsException noSuchHostedZone(String id) {
        return AwsException.notFound("NoSuchHostedZone", "No hosted zone found with ID: " + id);
    }

    public static AwsException noSuchChange(String id) {
        return AwsException.notFound("NoSuchChange", "A change with the specified change ID does not exist: " + id);
    }

    public static AwsException noSuchHealthCheck(String id) {
        return AwsException.notFound("NoSuchHealthCheck", "No health check exists with the specified ID " + id);
    }

    public static AwsException invalidInput(String message) {
        return AwsException.badRequest("InvalidInput", message);
    }

    /** Every problem of a rejected batch, listed as AWS lists them: {@code [first, second]}. */
    public static AwsException invalidChangeBatch(List<String> messages) {
        return AwsException.badRequest("InvalidChangeBatch", "[" + String.join(", ", messages) + "]");
    }

    public static AwsException invalidChangeBatch(String message) {
        return invalidChangeBatch(List.of(message));
    }

    /** A DNS backend failure, as the client should see it; nothing was applied when this is thrown. */
    public static AwsException fromDns(DnsException e) {
        return switch (e.kind()) {
            case INVALID_RECORD -> invalidChangeBatch(e.getMessage());
            case UNAVAILABLE -> new AwsException(503, "ServiceUnavailable",
                    "The DNS service is not available now; no change was applied: " + e.getMessage());
            case NO_SUCH_ZONE, ZONE_EXISTS -> new AwsException(500, "InternalError",
                    "The DNS service and the hosted zones disagree: " + e.getMessage());
        };
    }
}
