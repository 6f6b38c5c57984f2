package io.cloudgate.cloudstack.client;

/**
 * CloudStack's error envelope ({@code errorcode}, {@code cserrorcode}, {@code errortext}), from an HTTP error or
 * a failed async job. Subclasses name the error codes callers act on; {@link #of} picks the right one.
 */
public class CloudStackApiException extends CloudStackException {
    private final int errorCode;
    private final Integer csErrorCode;
    private final String errorText;

    public CloudStackApiException(int errorCode, Integer csErrorCode, String errorText) {
        super("CloudStack error " + errorCode + (csErrorCode == null ? "" : "/" + csErrorCode) + ": " + errorText,
                null);
        this.errorCode = errorCode;
        this.csErrorCode = csErrorCode;
        this.errorText = errorText == null ? "" : errorText;
    }

    /** The typed exception for an error code (ApiErrorCode in CloudStack's sources). */
    public static CloudStackApiException of(int errorCode, Integer csErrorCode, String errorText) {
        return switch (errorCode) {
            case 401, 511 -> new Authentication(errorCode, csErrorCode, errorText);
            case 429 -> new Throttled(errorCode, csErrorCode, errorText);
            case 430, 431, 432 -> new InvalidParameter(errorCode, csErrorCode, errorText);
            case 531 -> new PermissionDenied(errorCode, csErrorCode, errorText);
            case 532 -> new ResourceLimit(errorCode, csErrorCode, errorText);
            case 533 -> new InsufficientCapacity(errorCode, csErrorCode, errorText);
            case 535 -> new ResourceAllocation(errorCode, csErrorCode, errorText);
            case 536 -> new ResourceInUse(errorCode, csErrorCode, errorText);
            default -> new CloudStackApiException(errorCode, csErrorCode, errorText);
        };
    }

    /** The HTTP-like code (ApiErrorCode): 431 parameter, 530 internal, 531 permission, 533 capacity, 536 in use... */
    public int errorCode() {
        return errorCode;
    }

    /** CloudStack's own exception code (4350, 9999...), or null when absent (auth failures, job failures). */
    public Integer csErrorCode() {
        return csErrorCode;
    }

    /** The server's text: for logs and classification only, never for a gateway client. */
    public String errorText() {
        return errorText;
    }

    /** 401: bad keys or signature, expired request, unknown command. */
    public static final class Authentication extends CloudStackApiException {
        Authentication(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }

    /** 429: the API rate limit of the account was hit. */
    public static final class Throttled extends CloudStackApiException {
        Throttled(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }

    /** 430/431/432: a missing, malformed or unknown parameter value (including ids that do not exist). */
    public static final class InvalidParameter extends CloudStackApiException {
        InvalidParameter(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }

    /** 531 (ACCOUNT_ERROR): the account may not act on the resource (PermissionDeniedException), or is disabled. */
    public static final class PermissionDenied extends CloudStackApiException {
        PermissionDenied(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }

    /** 532: the account has reached a resource limit. */
    public static final class ResourceLimit extends CloudStackApiException {
        ResourceLimit(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }

    /** 533: no host, storage or address can take the resource. */
    public static final class InsufficientCapacity extends CloudStackApiException {
        InsufficientCapacity(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }

    /**
     * 535 (RESOURCE_ALLOCATION_ERROR): mostly a ResourceAllocationException, an account limit ("Maximum number of
     * resources of type 'user_vm' for account ... has been exceeded."); some commands report capacity this way too.
     */
    public static final class ResourceAllocation extends CloudStackApiException {
        ResourceAllocation(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }

        /** Whether an account limit, not the cloud's capacity, was hit. */
        public boolean limitExceeded() {
            return errorText().toLowerCase(java.util.Locale.ROOT).contains("maximum number of resources");
        }
    }

    /** 536: the resource is used by another. */
    public static final class ResourceInUse extends CloudStackApiException {
        ResourceInUse(int code, Integer csCode, String text) {
            super(code, csCode, text);
        }
    }
}
