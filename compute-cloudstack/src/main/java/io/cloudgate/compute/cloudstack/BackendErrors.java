package io.cloudgate.compute.cloudstack;

import io.cloudgate.cloudstack.client.CloudStackApiException;
import io.cloudgate.cloudstack.client.CloudStackException;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.util.Locale;

/**
 * CloudStack failures in the port's vocabulary. CloudStack's text is read to tell apart the cases its error
 * codes lump together (a 431 is "not found", "already exists" or "invalid"), but never passed on: the message
 * is ours, naming only the resource the caller asked about.
 */
public final class BackendErrors {
    private BackendErrors() {
    }

    /** @param what the resource concerned, as a client would name it ("instance", "volume", "security group") */
    public static ComputeException translate(CloudStackException failure, String what) {
        if (!(failure instanceof CloudStackApiException api)) {
            return new ComputeException(Kind.UNAVAILABLE, "The cloud is unavailable; try again later");
        }
        String text = api.errorText().toLowerCase(Locale.ROOT);
        Kind kind = switch (api) {
            case CloudStackApiException.Authentication ignored -> Kind.UNAVAILABLE;
            case CloudStackApiException.Throttled ignored -> Kind.UNAVAILABLE;
            case CloudStackApiException.InsufficientCapacity ignored -> capacityKind(text);
            case CloudStackApiException.ResourceInUse ignored -> Kind.IN_USE;
            case CloudStackApiException.PermissionDenied ignored -> Kind.NOT_FOUND;
            case CloudStackApiException.ResourceLimit ignored -> quotaKind(text);
            case CloudStackApiException.ResourceAllocation allocation ->
                    allocation.limitExceeded() ? quotaKind(text) : Kind.CAPACITY;
            case CloudStackApiException.InvalidParameter ignored -> parameterKind(text);
            default -> internalKind(text);
        };
        return new ComputeException(kind, message(kind, what));
    }

    static Kind parameterKind(String text) {
        if (text.contains("already exist") || text.contains("duplicate")) {
            return Kind.ALREADY_EXISTS;
        }
        if (text.contains("as its used by")) {
            return Kind.IN_USE;
        }
        if (text.contains("invalid parameter id") || text.contains("does not exist") || text.contains("not exist")
                || text.contains("unable to find") || text.contains("not found") || text.contains("no such")) {
            return Kind.NOT_FOUND;
        }
        if (text.contains("state") || text.contains("attached") || text.contains("already running")
                || text.contains("must be stopped")) {
            return Kind.INVALID_STATE;
        }
        return Kind.INVALID_ARGUMENT;
    }

    /** A requested address that is taken is the caller's mistake; anything else is the cloud's capacity. */
    private static Kind capacityKind(String text) {
        return text.contains("requested ip") ? Kind.INVALID_ARGUMENT : Kind.CAPACITY;
    }

    /** The limit named in "Maximum number of resources of type 'x' ...": storage, addresses, else machines. */
    private static Kind quotaKind(String text) {
        if (text.contains("volume") || text.contains("storage") || text.contains("snapshot")) {
            return Kind.VOLUME_QUOTA;
        }
        if (text.contains("public_ip") || text.contains("public ip")) {
            return Kind.ADDRESS_QUOTA;
        }
        return Kind.MACHINE_QUOTA;
    }

    private static Kind internalKind(String text) {
        if (text.contains("stop the vm") || text.contains("state")) {
            return Kind.INVALID_STATE;
        }
        if (text.contains("duplicate") || text.contains("already exist")) {
            return Kind.ALREADY_EXISTS;
        }
        return Kind.UNAVAILABLE;
    }

    private static String message(Kind kind, String what) {
        return switch (kind) {
            case NOT_FOUND -> "The " + what + " does not exist";
            case ALREADY_EXISTS -> "The " + what + " already exists";
            case IN_USE -> "The " + what + " is in use";
            case INVALID_STATE -> "The " + what + " is not in a state that allows this";
            case INVALID_ARGUMENT -> "A parameter of the " + what + " request is not valid";
            case MACHINE_QUOTA -> "The instance limit of the account is reached";
            case VOLUME_QUOTA -> "The volume limit of the account is reached";
            case ADDRESS_QUOTA -> "The address limit of the account is reached";
            case CAPACITY -> "There is not enough capacity for the request";
            case UNAVAILABLE -> "The cloud is unavailable; try again later";
        };
    }
}
