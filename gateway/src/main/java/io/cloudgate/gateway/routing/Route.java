package io.cloudgate.gateway.routing;

import io.cloudgate.api.AwsService;
import io.cloudgate.protocol.Protocol;

/** The service a request is for and the protocol it speaks. */
public record Route(AwsService service, Protocol protocol) {
}
