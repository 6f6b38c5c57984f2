package io.cloudgate.protocol;

import io.cloudgate.protocol.schema.Schema;

/**
 * An error to render in a protocol's envelope.
 *
 * @param status       HTTP status
 * @param code         the error code ("InvalidParameterValue", "Throttling")
 * @param message      human-readable message, may be null
 * @param senderFault  true for client faults (Type Sender), false for server faults (Type Receiver)
 * @param schema       structure of a modelled error with extra members, or null
 * @param value        the modelled error value for schema, or null
 */
public record ErrorValue(int status, String code, String message, boolean senderFault, Schema schema, Object value) {
    public static ErrorValue of(int status, String code, String message) {
        return new ErrorValue(status, code, message, status < 500, null, null);
    }
}
