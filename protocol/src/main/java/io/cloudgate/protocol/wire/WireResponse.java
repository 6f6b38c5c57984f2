package io.cloudgate.protocol.wire;

import java.util.Objects;

/** An HTTP response to be written by whatever server received the request. */
public record WireResponse(int status, Headers headers, byte[] body) {
    public WireResponse {
        Objects.requireNonNull(headers, "headers");
        body = body == null ? new byte[0] : body;
    }
}
