package io.cloudgate.cloudstack.client;

/**
 * Sends one signed request. The HTTP implementation talks to a management server; tests supply one that checks
 * the request and replays a recorded answer. Failures to get any answer are {@link CloudStackUnavailableException}.
 */
@FunctionalInterface
public interface CloudStackTransport {
    RawResponse send(SignedRequest request);
}
