package io.cloudgate.protocol.wire;

import java.util.List;
import java.util.Objects;

/**
 * An HTTP response to be written by whatever server received the request. The body is a list of chunks sent one
 * after the other (large bodies are built in chunks, see {@link ChunkedBytes}); most bodies are one array.
 */
public record WireResponse(int status, Headers headers, List<byte[]> bodyChunks) {
    public WireResponse {
        Objects.requireNonNull(headers, "headers");
        bodyChunks = bodyChunks == null ? List.of() : List.copyOf(bodyChunks);
    }

    public WireResponse(int status, Headers headers, byte[] body) {
        this(status, headers, body == null || body.length == 0 ? List.of() : List.of(body));
    }

    /** The whole body as one array. */
    public byte[] body() {
        if (bodyChunks.size() == 1) {
            return bodyChunks.getFirst();
        }
        byte[] body = new byte[Math.toIntExact(bodyLength())];
        int at = 0;
        for (byte[] chunk : bodyChunks) {
            System.arraycopy(chunk, 0, body, at, chunk.length);
            at += chunk.length;
        }
        return body;
    }

    public long bodyLength() {
        long length = 0;
        for (byte[] chunk : bodyChunks) {
            length += chunk.length;
        }
        return length;
    }
}
