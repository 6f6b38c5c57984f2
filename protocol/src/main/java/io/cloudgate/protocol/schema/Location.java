package io.cloudgate.protocol.schema;

/** Where a member travels in an HTTP message. Only restXml/restJson use anything but BODY. */
public enum Location {
    /** A member of the body document (or of the query form for query protocols). */
    BODY,
    /** The member is the whole body (Smithy httpPayload). */
    PAYLOAD,
    HEADER,
    /** A map of all headers sharing a prefix (Smithy httpPrefixHeaders); locationName is the prefix. */
    PREFIX_HEADERS,
    QUERY,
    /** A map of every query parameter not bound elsewhere (Smithy httpQueryParams). */
    QUERY_PARAMS,
    LABEL,
    GREEDY_LABEL,
    STATUS_CODE
}
