package io.cloudgate.gateway.routing;

import io.cloudgate.protocol.wire.WireRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How a request shows which kind of protocol it speaks. Checked in order: the first family whose
 * test matches and which the service supports wins.
 */
enum ProtocolFamily {
    CBOR(request -> "rpc-v2-cbor".equals(request.header("smithy-protocol")) || request.rawPath().contains("/service/")
            && request.rawPath().contains("/operation/")),
    JSON(request -> request.header("x-amz-target") != null),
    QUERY(ProtocolFamily::isQueryRequest),
    REST(request -> true);

    private static final Map<String, ProtocolFamily> BY_PROTOCOL = Map.of(
            "rpcv2Cbor", CBOR,
            "awsJson1_0", JSON,
            "awsJson1_1", JSON,
            "awsQuery", QUERY,
            "ec2Query", QUERY,
            "restXml", REST);

    private final Predicate<WireRequest> test;

    ProtocolFamily(Predicate<WireRequest> test) {
        this.test = test;
    }

    static ProtocolFamily of(String protocolId) {
        return BY_PROTOCOL.get(protocolId);
    }

    /** The first of the service's protocols whose family the request matches, else the service's first protocol. */
    static String select(List<String> serviceProtocols, WireRequest request) {
        for (ProtocolFamily family : values()) {
            if (family.test.test(request)) {
                for (String protocol : serviceProtocols) {
                    if (of(protocol) == family) {
                        return protocol;
                    }
                }
            }
        }
        return serviceProtocols.get(0);
    }

    private static boolean isQueryRequest(WireRequest request) {
        String contentType = request.header("content-type");
        boolean form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return form || request.rawQuery().startsWith("Action=") || request.rawQuery().contains("&Action=");
    }
}
