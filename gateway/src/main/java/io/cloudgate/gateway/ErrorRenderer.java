package io.cloudgate.gateway;

import io.cloudgate.api.AwsException;
import io.cloudgate.gateway.routing.Route;
import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.MalformedRequestException;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one edge where failures become responses. Client faults are rendered without stack traces;
 * anything unexpected is logged once with its request id and answered with the service's internal
 * error code, never with the exception's text.
 */
public final class ErrorRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorRenderer.class);
    private static final Set<String> SERIALIZED_PROTOCOLS = Set.of("awsJson1_0", "awsJson1_1", "rpcv2Cbor");
    private static final ServiceSchema NO_SERVICE = new ServiceSchema("", "", null, null, false, Map.of());


    public Outcome render(Route route, AwsException error, String requestId, String account, String operation) {
        ErrorValue value = new ErrorValue(error.status(), error.code(), error.getMessage(), error.senderFault(), null,
                null);
        return new Outcome(route.protocol().encodeError(route.service().schema(), value, requestId), account,
                route.service().signingName(), operation);
    }

    /** Unreadable input: JSON and CBOR services call it SerializationException, query services use their own code. */
    public AwsException malformed(Route route, MalformedRequestException e) {
        if (SERIALIZED_PROTOCOLS.contains(route.protocol().id())) {
            return AwsException.badRequest("SerializationException", e.getMessage());
        }
        return route.service().errors().malformedInput().exception(e.getMessage());
    }

    public Outcome internal(Route route, RuntimeException e, String requestId, String account, String operation) {
        LOG.error("Request {} ({} {}) failed", requestId, route.service().signingName(), operation, e);
        return render(route, route.service().errors().internalError().exception(), requestId, account, operation);
    }

    /** Renders an error for a request that names no service served here, in the given protocol. */
    public Outcome withoutService(Protocol protocol, AwsException error, String requestId, String service) {
        ErrorValue value = new ErrorValue(error.status(), error.code(), error.getMessage(), error.senderFault(), null,
                null);
        return new Outcome(protocol.encodeError(NO_SERVICE, value, requestId), null, service, null);
    }
}
