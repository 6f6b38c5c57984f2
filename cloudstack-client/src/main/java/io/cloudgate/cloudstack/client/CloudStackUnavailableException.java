package io.cloudgate.cloudstack.client;

/**
 * No answer from CloudStack: unreachable, timed out, a proxy's 502/503/504, an open circuit or a full bulkhead.
 * Worth retrying later; nothing is known about whether a mutating call took effect.
 */
public final class CloudStackUnavailableException extends CloudStackException {
    public CloudStackUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CloudStackUnavailableException(String message) {
        super(message, null);
    }
}
