package io.cloudgate.cloudstack.client;

/** Anything that went wrong talking to CloudStack. */
public abstract class CloudStackException extends RuntimeException {
    protected CloudStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
