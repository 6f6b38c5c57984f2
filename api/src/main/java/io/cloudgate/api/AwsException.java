package io.cloudgate.api;

import java.util.Objects;

/**
 * An error an operation reports to the client: an AWS error code, a message and an HTTP status.
 * Thrown by operations and by the gateway; rendered in the protocol's envelope at one edge.
 * Client faults carry no stack trace.
 */
public class AwsException extends RuntimeException {
    private final int status;
    private final String code;

    public AwsException(int status, String code, String message) {
        super(message, null, false, status >= 500);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    public static AwsException badRequest(String code, String message) {
        return new AwsException(400, code, message);
    }

    public static AwsException forbidden(String code, String message) {
        return new AwsException(403, code, message);
    }

    public static AwsException notFound(String code, String message) {
        return new AwsException(404, code, message);
    }

    public static AwsException conflict(String code, String message) {
        return new AwsException(409, code, message);
    }

    public static AwsException validation(String message) {
        return badRequest("ValidationError", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public boolean senderFault() {
        return status < 500;
    }
}
