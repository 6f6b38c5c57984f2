package io.cloudgate.ec2.core;

import io.cloudgate.api.AwsException;
import io.cloudgate.compute.ComputeException;

/** Turns a compute-port failure into the EC2 error a client expects for the resource concerned. */
public final class ComputeErrors {
    private ComputeErrors() {
    }

    /**
     * A failure no operation mapped for a particular resource (a listing that met a backend outage, say): the
     * same codes, with a resource-neutral NotFound.
     */
    public static AwsException toAws(ComputeException e) {
        return e.kind() == ComputeException.Kind.NOT_FOUND
                ? AwsException.badRequest("InvalidParameterValue", e.getMessage())
                : toAws(e, null, null);
    }

    /**
     * @param kind   the resource the call was about
     * @param awsId  its AWS id, for NotFound messages (may be null)
     */
    public static AwsException toAws(ComputeException e, ResourceKind kind, String awsId) {
        return switch (e.kind()) {
            case NOT_FOUND -> kind.notFound(awsId);
            case ALREADY_EXISTS -> AwsException.badRequest("InvalidParameterValue", e.getMessage());
            case IN_USE -> AwsException.badRequest("DependencyViolation", e.getMessage());
            case INVALID_STATE -> AwsException.badRequest("IncorrectInstanceState", e.getMessage());
            case INVALID_ARGUMENT -> AwsException.badRequest("InvalidParameterValue", e.getMessage());
            case MACHINE_QUOTA -> AwsException.badRequest("InstanceLimitExceeded", e.getMessage());
            case VOLUME_QUOTA -> AwsException.badRequest("VolumeLimitExceeded", e.getMessage());
            case ADDRESS_QUOTA -> AwsException.badRequest("AddressLimitExceeded", e.getMessage());
            case CAPACITY -> new AwsException(500, "InsufficientInstanceCapacity", e.getMessage());
            case UNAVAILABLE -> new AwsException(503, "Unavailable", "The service is unavailable. Please try again shortly.");
        };
    }
}
