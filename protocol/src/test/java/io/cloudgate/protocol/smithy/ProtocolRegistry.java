package io.cloudgate.protocol.smithy;

import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.cbor.RpcV2CborProtocol;
import io.cloudgate.protocol.json.AwsJsonProtocol;
import java.util.Optional;

/**
 * The protocol implementation for each protocol id. The XML-family classes are looked up by name so this suite
 * compiles and runs while they are still being written; a missing class fails its cases with a clear reason.
 */
final class ProtocolRegistry {
    private ProtocolRegistry() {
    }

    static Optional<Protocol> create(String protocolId) {
        return switch (protocolId) {
            case "awsJson1_0" -> Optional.of(new AwsJsonProtocol("1.0"));
            case "awsJson1_1" -> Optional.of(new AwsJsonProtocol("1.1"));
            case "rpcv2Cbor" -> Optional.of(new RpcV2CborProtocol());
            default -> byClassName(className(protocolId));
        };
    }

    static String className(String protocolId) {
        return switch (protocolId) {
            case "ec2Query" -> "io.cloudgate.protocol.query.Ec2QueryProtocol";
            case "awsQuery" -> "io.cloudgate.protocol.query.AwsQueryProtocol";
            case "restXml" -> "io.cloudgate.protocol.restxml.RestXmlProtocol";
            case "awsJson1_0", "awsJson1_1" -> AwsJsonProtocol.class.getName();
            case "rpcv2Cbor" -> RpcV2CborProtocol.class.getName();
            default -> throw new IllegalArgumentException("protocolId: " + protocolId);
        };
    }

    private static Optional<Protocol> byClassName(String className) {
        try {
            return Optional.of(Class.forName(className).asSubclass(Protocol.class).getDeclaredConstructor().newInstance());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot instantiate " + className, e);
        }
    }
}
