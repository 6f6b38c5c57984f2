package io.cloudgate.store;

/**
 * The store could not be reached or did not answer in time, so the operation's outcome is not known to have
 * happened (for a write: it may or may not have been applied; nothing was acknowledged). Callers answer the
 * client with a retryable "service unavailable" rather than an internal error.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
