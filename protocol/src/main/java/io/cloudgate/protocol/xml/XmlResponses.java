package io.cloudgate.protocol.xml;

import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireResponse;

/** Builds XML responses with the headers every AWS response carries. */
public final class XmlResponses {
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    private XmlResponses() {
    }

    public static WireResponse of(int status, String contentType, byte[] body, String requestId) {
        return new WireResponse(status, headers(contentType, requestId), body);
    }

    /** A document written by an {@link XmlWriter}, sent as its chunks. */
    public static WireResponse of(int status, String contentType, XmlWriter document, String requestId) {
        return new WireResponse(status, headers(contentType, requestId), document.toChunks());
    }

    public static Headers headers(String contentType, String requestId) {
        Headers headers = new Headers();
        if (contentType != null) {
            headers.set("Content-Type", contentType);
        }
        headers.set(REQUEST_ID_HEADER, requestId);
        return headers;
    }
}
