package io.cloudgate.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudgate.api.AwsService;
import io.cloudgate.api.ServiceErrors;
import io.cloudgate.protocol.Protocol;
import io.cloudgate.protocol.cbor.RpcV2CborProtocol;
import io.cloudgate.protocol.json.AwsJsonProtocol;
import io.cloudgate.protocol.query.AwsQueryProtocol;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.WireRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceRouterTest {
    private static final Map<String, Protocol> PROTOCOLS = Map.of("awsQuery", new AwsQueryProtocol(),
            "awsJson1_0", new AwsJsonProtocol("1.0"), "rpcv2Cbor", new RpcV2CborProtocol());

    private static AwsService service(String signingName, String version, List<String> protocols) {
        return AwsService.of(signingName, version, "https://example.com/doc/" + version + "/", "Prefix" + version,
                false, protocols, List.of(), Set.of(), ServiceErrors.query());
    }

    private final AwsService classic = service("elasticloadbalancing", "2012-06-01", List.of("awsQuery"));
    private final AwsService v2 = service("elasticloadbalancing", "2015-12-01", List.of("awsQuery"));
    private final AwsService monitoring = service("monitoring", "2010-08-01",
            List.of("awsQuery", "awsJson1_0", "rpcv2Cbor"));
    private final ServiceRouter router = new ServiceRouter(List.of(classic, v2, monitoring), PROTOCOLS);

    private static WireRequest form(String body, Headers headers) {
        headers.set("content-type", "application/x-www-form-urlencoded; charset=utf-8");
        return new WireRequest("POST", "/", "", headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void servicesSharingASigningNameAreToldApartByVersion() {
        WireRequest classicRequest = form("Action=DescribeLoadBalancers&Version=2012-06-01", new Headers());
        WireRequest v2Request = new WireRequest("GET", "/", "Action=DescribeLoadBalancers&Version=2015-12-01",
                new Headers(), new byte[0]);
        assertThat(router.route("elasticloadbalancing", classicRequest).orElseThrow().service()).isSameAs(classic);
        assertThat(router.route("elasticloadbalancing", v2Request).orElseThrow().service()).isSameAs(v2);
        assertThat(router.route("s3", classicRequest)).isEmpty();
    }

    @Test
    void protocolFollowsTheShapeOfTheRequest() {
        WireRequest cbor = new WireRequest("POST", "/service/Prefix2010-08-01/operation/ListMetrics", "",
                new Headers().set("smithy-protocol", "rpc-v2-cbor"), new byte[0]);
        WireRequest json = new WireRequest("POST", "/", "",
                new Headers().set("x-amz-target", "Prefix2010-08-01.ListMetrics"), new byte[0]);
        WireRequest query = form("Action=ListMetrics&Version=2010-08-01", new Headers());
        assertThat(router.route("monitoring", cbor).orElseThrow().protocol().id()).isEqualTo("rpcv2Cbor");
        assertThat(router.route("monitoring", json).orElseThrow().protocol().id()).isEqualTo("awsJson1_0");
        assertThat(router.route("monitoring", query).orElseThrow().protocol().id()).isEqualTo("awsQuery");
        assertThat(router.route("elasticloadbalancing", json).orElseThrow().protocol().id()).isEqualTo("awsQuery");
    }

    @Test
    void hostNamesAServiceWhenItsFirstLabelIsASigningName() {
        WireRequest byHost = new WireRequest("GET", "/", "", new Headers().set("host", "monitoring.cloud.example:4566"),
                new byte[0]);
        WireRequest other = new WireRequest("GET", "/", "", new Headers().set("host", "127.0.0.1:4566"), new byte[0]);
        assertThat(router.signingNameFromHost(byHost)).contains("monitoring");
        assertThat(router.signingNameFromHost(other)).isEmpty();
    }
}
