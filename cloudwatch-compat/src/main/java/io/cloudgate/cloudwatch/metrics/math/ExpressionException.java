package io.cloudgate.cloudwatch.metrics.math;

/** An expression that cannot be parsed or evaluated; the message says why, for the client. */
public final class ExpressionException extends RuntimeException {
    public ExpressionException(String message) {
        super(message, null, false, false);
    }
}
