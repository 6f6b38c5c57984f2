package io.cloudgate.loadbalancer;

/** A failure of the load-balancer data plane, typed so that the ELB layer can map it to AWS's codes. */
public final class DataPlaneException extends RuntimeException {

    public enum Kind {
        ADDRESS_IN_USE, INVALID_CONFIGURATION, UNAVAILABLE
    }

    private final Kind kind;

    public DataPlaneException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DataPlaneException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
