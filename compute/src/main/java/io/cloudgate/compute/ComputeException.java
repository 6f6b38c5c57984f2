package io.cloudgate.compute;

/**
 * A failure the cloud reports in the port's vocabulary. The EC2 layer turns each kind into AWS's code
 * for the resource concerned (e.g. NOT_FOUND on a volume becomes InvalidVolume.NotFound).
 */
public final class ComputeException extends RuntimeException {
    /** What went wrong, independent of any backend's wording. */
    public enum Kind {
        NOT_FOUND, ALREADY_EXISTS, IN_USE, INVALID_STATE, INVALID_ARGUMENT,
        /** The account's machine quota is used up (EC2: InstanceLimitExceeded). */
        MACHINE_QUOTA,
        /** The account's volume quota is used up (EC2: VolumeLimitExceeded). */
        VOLUME_QUOTA,
        /** The account's public address quota is used up (EC2: AddressLimitExceeded). */
        ADDRESS_QUOTA,
        /** The cloud has no room for the machine (EC2: InsufficientInstanceCapacity). */
        CAPACITY,
        /** The backend cannot be reached or refuses service for now. */
        UNAVAILABLE
    }

    private final Kind kind;

    public ComputeException(Kind kind, String message) {
        super(message, null, false, kind == Kind.UNAVAILABLE);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ComputeException notFound(String what) {
        return new ComputeException(Kind.NOT_FOUND, what + " does not exist");
    }
}
