package io.cloudgate.protocol.wire;

/**
 * The request bytes cannot be decoded: bad percent escapes, bad XML/JSON/CBOR, wrong value types.
 * Protocols render it in their own envelope as a client fault; it never becomes a 5xx.
 */
public class MalformedRequestException extends RuntimeException {
    public MalformedRequestException(String message) {
        super(message, null, false, false);
    }

    public MalformedRequestException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
