package io.cloudgate.protocol;

import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import java.util.Optional;

/**
 * A wire protocol: how a request names its operation, how input and output are laid out, how errors look.
 * Implementations are stateless and thread-safe; they know nothing about any particular service.
 */
public interface Protocol {
    /** "ec2Query", "awsQuery", "restXml", "awsJson1_0", "awsJson1_1", "rpcv2Cbor". */
    String id();

    /**
     * The operation this request addresses, if the request is shaped for this protocol and names one of the
     * service's operations. Throws {@link io.cloudgate.protocol.wire.MalformedRequestException} when the request
     * cannot be read at all. Returns the raw name even when the service does not know it (as {@link Addressed}
     * with a null operation) so that the caller can answer "invalid action".
     */
    Optional<Addressed> address(WireRequest request, ServiceSchema service);

    /** Decodes the input. Throws {@link io.cloudgate.protocol.wire.MalformedRequestException} for bad input. */
    Object decodeInput(WireRequest request, ServiceSchema service, OperationSchema operation);

    WireResponse encodeOutput(ServiceSchema service, OperationSchema operation, Object output, String requestId);

    WireResponse encodeError(ServiceSchema service, ErrorValue error, String requestId);

    /** What a request addresses: the operation name as sent and, when the service has it, its schema. */
    record Addressed(String operationName, OperationSchema operation) {
    }
}
