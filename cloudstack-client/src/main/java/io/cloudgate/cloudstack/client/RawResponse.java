package io.cloudgate.cloudstack.client;

/** What came back: the HTTP status and the body. */
public record RawResponse(int status, String body) {
}
