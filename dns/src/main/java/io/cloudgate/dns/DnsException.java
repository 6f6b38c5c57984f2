package io.cloudgate.dns;

/** A failure of the DNS backend, typed so that the Route 53 layer can map it to AWS's codes. */
public final class DnsException extends RuntimeException {

    public enum Kind {
        NO_SUCH_ZONE, ZONE_EXISTS, INVALID_RECORD, UNAVAILABLE
    }

    private final Kind kind;

    public DnsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public DnsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
