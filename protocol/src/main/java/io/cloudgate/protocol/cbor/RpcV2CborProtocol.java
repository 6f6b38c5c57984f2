package io.cloudgate.protocol.cbor;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.cloudgate.protocol.json.JacksonRpcProtocol;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import java.util.Optional;

/**
 * Smithy RPC v2 CBOR: {@code POST [prefix]/service/{ServiceName}/operation/{Operation}} with
 * {@code smithy-protocol: rpc-v2-cbor} and a CBOR map body. ServiceName is the service shape name, which is
 * also the awsJson target prefix. Timestamps are tag 1 epoch seconds, blobs byte strings.
 */
public final class RpcV2CborProtocol extends JacksonRpcProtocol {
    private static final String PROTOCOL_HEADER = "smithy-protocol";
    private static final String PROTOCOL_NAME = "rpc-v2-cbor";
    private static final CBORFactory CBOR = CBORFactory.builder().build();

    public RpcV2CborProtocol() {
        super(CBOR, CborTimestampEncoding.INSTANCE);
    }

    @Override
    public String id() {
        return "rpcv2Cbor";
    }

    /**
     * Present when the request carries {@code smithy-protocol: rpc-v2-cbor}; the operation is null when the path
     * names another service. A malformed path is a client error.
     */
    @Override
    public Optional<Addressed> address(WireRequest request, ServiceSchema service) {
        String protocol = request.header(PROTOCOL_HEADER);
        if (protocol == null || !protocol.trim().equalsIgnoreCase(PROTOCOL_NAME)) {
            return Optional.empty();
        }
        if (!request.method().equals("POST")) {
            throw new MalformedRequestException("rpcv2Cbor requests must use POST, not " + request.method());
        }
        String[] segments = request.rawPath().split("/", -1);
        int n = segments.length;
        if (n < 5 || !segments[n - 4].equals("service") || !segments[n - 2].equals("operation")
                || segments[n - 3].isEmpty() || segments[n - 1].isEmpty()) {
            throw new MalformedRequestException("rpcv2Cbor path must end in /service/{service}/operation/{operation}");
        }
        String name = segments[n - 1];
        OperationSchema operation = segments[n - 3].equals(service.jsonTargetPrefix()) ? service.operation(name) : null;
        return Optional.of(new Addressed(name, operation));
    }

    @Override
    protected void checkStructure(byte[] body) {
        CborStructure.check(body);
    }

    @Override
    protected String contentType() {
        return "application/cbor";
    }

    @Override
    protected boolean contentTypeWithoutBody() {
        return false;
    }

    @Override
    protected void addProtocolHeaders(Headers headers) {
        headers.set(PROTOCOL_HEADER, PROTOCOL_NAME);
    }
}
