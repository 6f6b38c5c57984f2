package io.cloudgate.api;

/**
 * How a service words the failures the gateway detects before any operation runs. EC2 and the
 * query services use different codes and statuses for the same situations.
 */
public record ServiceErrors(ErrorCode invalidAction, ErrorCode malformedInput, ErrorCode unknownAccessKey,
                            ErrorCode requestExpired, ErrorCode throttling, ErrorCode internalError) {

    /** A code, its HTTP status, and the default message (which may be overridden with a more precise one). */
    public record ErrorCode(int status, String code, String message) {
        public AwsException exception() {
            return new AwsException(status, code, message);
        }

        public AwsException exception(String specificMessage) {
            return new AwsException(status, code, specificMessage);
        }
    }

    /** Codes used by awsQuery and JSON services such as STS, IAM, ELB, Auto Scaling and CloudWatch. */
    public static ServiceErrors query() {
        return new ServiceErrors(
                new ErrorCode(400, "InvalidAction", "The action is not valid for this endpoint."),
                new ErrorCode(400, "MalformedQueryString", "The request could not be read."),
                new ErrorCode(403, "InvalidClientTokenId", "The security token included in the request is invalid."),
                new ErrorCode(403, "SignatureDoesNotMatch", "Signature expired."),
                new ErrorCode(400, "Throttling", "Rate exceeded"),
                new ErrorCode(500, "InternalFailure", "The request processing has failed because of an unknown error."));
    }

    /** Codes used by EC2. */
    public static ServiceErrors ec2() {
        return new ServiceErrors(
                new ErrorCode(400, "InvalidAction", "The action is not valid for this web service."),
                new ErrorCode(400, "InvalidParameterValue", "The request could not be read."),
                new ErrorCode(401, "AuthFailure", "AWS was not able to validate the provided access credentials"),
                new ErrorCode(400, "RequestExpired", "Request has expired."),
                new ErrorCode(503, "RequestLimitExceeded", "Request limit exceeded."),
                new ErrorCode(500, "InternalError", "An internal error has occurred."));
    }
}
