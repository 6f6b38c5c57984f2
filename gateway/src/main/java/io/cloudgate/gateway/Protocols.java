package io.cloudgate.gateway;

import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.cbor.RpcV2CborProtocol;
import io.cloudgate.protocol.json.AwsJsonProtocol;
import io.cloudgate.protocol.query.AwsQueryProtocol;
import io.cloudgate.protocol.query.Ec2QueryProtocol;
import io.cloudgate.protocol.restxml.RestXmlProtocol;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every wire protocol the gateway speaks, by id. */
final class Protocols {
    private Protocols() {
    }

    static Map<String, Protocol> all() {
        return List.of(new Ec2QueryProtocol(), new AwsQueryProtocol(), new RestXmlProtocol(),
                        new AwsJsonProtocol("1.0"), new AwsJsonProtocol("1.1"), new RpcV2CborProtocol())
                .stream()
                .collect(Collectors.toUnmodifiableMap(Protocol::id, Function.identity()));
    }
}
