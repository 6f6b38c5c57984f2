package io.cloudgate.protocol.schema;

/** The HTTP method, URI pattern (e.g. "/2013-04-01/hostedzone/{Id}") and success code of a REST operation. */
public record HttpBinding(String method, String uriPattern, int successCode) {
}
