package io.cloudgate.api;

import java.time.Clock;

/** What an operation knows about the request besides its input. */
public record RequestContext(String requestId, Principal principal, String region, Clock clock) {
}
