package io.cloudgate.gateway;

import io.cloudgate.protocol.wire.WireResponse;

/** A response and what the access log says about the request that produced it. */
public record Outcome(WireResponse response, String account, String service, String operation) {
}
