package io.cloudgate.protocol.restxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol.Addressed;
import io.cloudgate.protocol.schema.HttpBinding;
import io.cloudgate.protocol.schema.OperationSchema;
import io.cloudgate.protocol.schema.ServiceSchema;
import io.cloudgate.protocol.sdk.SdkReference;
import io.cloudgate.protocol.sdk.SdkSchemas;
import io.cloudgate.protocol.wire.Headers;
import io.cloudgate.protocol.wire.MalformedRequestException;
import io.cloudgate.protocol.wire.WireRequest;
import io.cloudgate.protocol.wire.WireResponse;
import io.cloudgate.protocol.xml.XmlElement;
import io.cloudgate.protocol.xml.XmlReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.protocols.xml.AwsXmlProtocolFactory;
import software.amazon.awssdk.protocols.xml.XmlOperationMetadata;
import software.amazon.awssdk.services.route53.model.ChangeAction;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ChangeResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.ChangeStatus;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceRequest;
import software.amazon.awssdk.services.route53.model.ChangeTagsForResourceResponse;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.CreateHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneCountRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneCountResponse;
import software.amazon.awssdk.services.route53.model.GetHostedZoneRequest;
import software.amazon.awssdk.services.route53.model.GetHostedZoneResponse;
import software.amazon.awssdk.services.route53.model.ListHostedZonesRequest;
import software.amazon.awssdk.services.route53.model.ListHostedZonesResponse;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsRequest;
import software.amazon.awssdk.services.route53.model.ListResourceRecordSetsResponse;
import software.amazon.awssdk.services.route53.model.RRType;
import software.amazon.awssdk.services.route53.model.ResourceRecord;
import software.amazon.awssdk.services.route53.model.ResourceRecordSet;
import software.amazon.awssdk.services.route53.model.Route53Exception;
import software.amazon.awssdk.services.route53.model.Tag;
import software.amazon.awssdk.services.route53.transform.ChangeResourceRecordSetsRequestMarshaller;
import software.amazon.awssdk.services.route53.transform.ChangeTagsForResourceRequestMarshaller;
import software.amazon.awssdk.services.route53.transform.CreateHostedZoneRequestMarshaller;
import software.amazon.awssdk.services.route53.transform.ListHostedZonesRequestMarshaller;
import software.amazon.awssdk.services.route53.transform.ListResourceRecordSetsRequestMarshaller;

class RestXmlProtocolTest {
    private static final String NS = "https://route53.amazonaws.com/doc/2013-04-01/";
    private static final ServiceSchema ROUTE53 = route53();
    private static final AwsXmlProtocolFactory SDK = SdkReference.xml(Route53Exception::builder);
    private static final XmlOperationMetadata NOT_STREAMING =
            XmlOperationMetadata.builder().hasStreamingSuccessResponse(false).build();

    private final RestXmlProtocol protocol = new RestXmlProtocol();

    private static ServiceSchema route53() {
        Map<String, OperationSchema> ops = new LinkedHashMap<>();
        put(ops, SdkSchemas.operation("CreateHostedZone", CreateHostedZoneRequest::builder,
                CreateHostedZoneResponse::builder, new HttpBinding("POST", "/2013-04-01/hostedzone", 201)));
        put(ops, SdkSchemas.operation("ListHostedZones", ListHostedZonesRequest::builder,
                ListHostedZonesResponse::builder, new HttpBinding("GET", "/2013-04-01/hostedzone", 200)));
        put(ops, SdkSchemas.operation("GetHostedZone", GetHostedZoneRequest::builder,
                GetHostedZoneResponse::builder, new HttpBinding("GET", "/2013-04-01/hostedzone/{Id}", 200)));
        put(ops, SdkSchemas.operation("GetHostedZoneCount", GetHostedZoneCountRequest::builder,
                GetHostedZoneCountResponse::builder, new HttpBinding("GET", "/2013-04-01/hostedzonecount", 200)));
        put(ops, SdkSchemas.operation("ChangeResourceRecordSets", ChangeResourceRecordSetsRequest::builder,
                ChangeResourceRecordSetsResponse::builder,
                new HttpBinding("POST", "/2013-04-01/hostedzone/{Id}/rrset/", 200)));
        put(ops, SdkSchemas.operation("ListResourceRecordSets", ListResourceRecordSetsRequest::builder,
                ListResourceRecordSetsResponse::builder,
                new HttpBinding("GET", "/2013-04-01/hostedzone/{Id}/rrset", 200)));
        put(ops, SdkSchemas.operation("ChangeTagsForResource", ChangeTagsForResourceRequest::builder,
                ChangeTagsForResourceResponse::builder,
                new HttpBinding("POST", "/2013-04-01/tags/{ResourceType}/{ResourceId}", 200)));
        return new ServiceSchema("route53", "2013-04-01", NS, null, false, ops);
    }

    private static void put(Map<String, OperationSchema> ops, OperationSchema op) {
        ops.put(op.name(), op);
    }

    private static WireRequest request(String method, String path, String query, String body) {
        return new WireRequest(method, path, query, new Headers(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private Object decode(WireRequest request) {
        Addressed addressed = protocol.address(request, ROUTE53).orElseThrow();
        return protocol.decodeInput(request, ROUTE53, addressed.operation());
    }

    @Test
    void decodesRequestsExactlyAsTheSdkMarshalledThem() {
        CreateHostedZoneRequest create = CreateHostedZoneRequest.builder().name("example.com.")
                .callerReference("ref-1").hostedZoneConfig(c -> c.comment("a <b> & c").privateZone(false)).build();
        ChangeResourceRecordSetsRequest change = ChangeResourceRecordSetsRequest.builder().hostedZoneId("Z1ABC")
                .changeBatch(b -> b.comment("c").changes(
                        ch -> ch.action(ChangeAction.UPSERT).resourceRecordSet(r -> r.name("www.example.com.")
                                .type(RRType.A).ttl(300L).resourceRecords(v -> v.value("192.0.2.1"),
                                        v -> v.value("192.0.2.2"))),
                        ch -> ch.action(ChangeAction.DELETE).resourceRecordSet(r -> r.name("old.example.com")
                                .type(RRType.CNAME).setIdentifier("x").weight(10L).ttl(60L)
                                .resourceRecords(v -> v.value("www.example.com")))))
                .build();
        ListResourceRecordSetsRequest list = ListResourceRecordSetsRequest.builder().hostedZoneId("Z1ABC")
                .startRecordName("www.example.com.").startRecordType(RRType.AAAA).maxItems("100").build();
        ListHostedZonesRequest zones = ListHostedZonesRequest.builder().marker("m 1/2").maxItems("10").build();
        ChangeTagsForResourceRequest tags = ChangeTagsForResourceRequest.builder().resourceType("hostedzone")
                .resourceId("Z1ABC").addTags(Tag.builder().key("team").value("dns").build())
                .removeTagKeys("old").build();

        assertThat(decode(SdkReference.restRequest(new CreateHostedZoneRequestMarshaller(SDK).marshall(create))))
                .isEqualTo(create);
        assertThat(decode(SdkReference.restRequest(
                new ChangeResourceRecordSetsRequestMarshaller(SDK).marshall(change)))).isEqualTo(change);
        assertThat(decode(SdkReference.restRequest(new ListResourceRecordSetsRequestMarshaller(SDK).marshall(list))))
                .isEqualTo(list);
        assertThat(decode(SdkReference.restRequest(new ListHostedZonesRequestMarshaller(SDK).marshall(zones))))
                .isEqualTo(zones);
        assertThat(decode(SdkReference.restRequest(new ChangeTagsForResourceRequestMarshaller(SDK).marshall(tags))))
                .isEqualTo(tags);
    }

    @Test
    void routesByMethodAndPathToleratingTrailingSlashes() {
        assertThat(address("POST", "/2013-04-01/hostedzone/Z1/rrset/")).contains("ChangeResourceRecordSets");
        assertThat(address("POST", "/2013-04-01/hostedzone/Z1/rrset")).contains("ChangeResourceRecordSets");
        assertThat(address("GET", "/2013-04-01/hostedzone/Z1/rrset/")).contains("ListResourceRecordSets");
        assertThat(address("GET", "/2013-04-01/hostedzone/Z1")).contains("GetHostedZone");
        assertThat(address("GET", "/2013-04-01/hostedzone")).contains("ListHostedZones");
        assertThat(address("POST", "/2013-04-01/hostedzone")).contains("CreateHostedZone");
        assertThat(address("GET", "/2013-04-01/hostedzonecount")).contains("GetHostedZoneCount");
        assertThat(address("DELETE", "/2013-04-01/hostedzone/Z1")).isEmpty();
        assertThat(address("GET", "/2013-04-01/hostedzone//rrset")).isEmpty();
        assertThat(address("GET", "/2013-04-01/nothing")).isEmpty();
    }

    private Optional<String> address(String method, String path) {
        return protocol.address(request(method, path, "", null), ROUTE53).map(Addressed::operationName);
    }

    @Test
    void decodesLabelsPercentEncodedAndBodiesWithoutContentType() {
        String body = "<ChangeResourceRecordSetsRequest xmlns=\"" + NS + "\"><ChangeBatch><Changes><Change>"
                + "<Action>CREATE</Action><ResourceRecordSet><Name>a+b.example.com</Name><Type>TXT</Type>"
                + "<TTL>60</TTL><ResourceRecords><ResourceRecord><Value>\"v=1\"</Value></ResourceRecord>"
                + "</ResourceRecords></ResourceRecordSet></Change></Changes></ChangeBatch>"
                + "</ChangeResourceRecordSetsRequest>";

        ChangeResourceRecordSetsRequest decoded = (ChangeResourceRecordSetsRequest) decode(
                request("POST", "/2013-04-01/hostedzone/Z%2B1/rrset", "", body));

        assertThat(decoded.hostedZoneId()).isEqualTo("Z+1");
        ResourceRecordSet set = decoded.changeBatch().changes().get(0).resourceRecordSet();
        assertThat(set.name()).isEqualTo("a+b.example.com");
        assertThat(set.ttl()).isEqualTo(60L);
        assertThat(set.resourceRecords().get(0).value()).isEqualTo("\"v=1\"");
    }

    @Test
    void malformedBodiesAreClientErrors() {
        String path = "/2013-04-01/hostedzone/Z1/rrset";
        String[] bodies = {
            "<ChangeResourceRecordSetsRequest><ChangeBatch>",
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "<R><ChangeBatch><Changes><Change><ResourceRecordSet><TTL>sixty</TTL></ResourceRecordSet></Change>"
                    + "</Changes></ChangeBatch></R>",
            "<R>" + "<ChangeBatch>".repeat(200) + "</ChangeBatch>".repeat(200) + "</R>",
        };
        for (String body : bodies) {
            assertThatThrownBy(() -> decode(request("POST", path, "", body))).as(body)
                    .isInstanceOf(MalformedRequestException.class);
        }
        assertThatThrownBy(() -> decode(request("GET", "/2013-04-01/hostedzone/Z%ZZ", "", null)))
                .isInstanceOf(MalformedRequestException.class);
    }

    @Test
    void encodesOutputsTheSdkParsesBackWithStatusAndHeaders() throws Exception {
        CreateHostedZoneResponse created = CreateHostedZoneResponse.builder()
                .location("https://route53.amazonaws.com/2013-04-01/hostedzone/Z1")
                .hostedZone(z -> z.id("/hostedzone/Z1").name("example.com.").callerReference("ref")
                        .config(c -> c.privateZone(false).comment("x & y")).resourceRecordSetCount(2L))
                .changeInfo(c -> c.id("/change/C1").status(ChangeStatus.PENDING)
                        .submittedAt(Instant.parse("2024-03-01T12:00:00.123Z")))
                .delegationSet(d -> d.nameServers("ns1.example.net", "ns2.example.net")).build();

        WireResponse wire = protocol.encodeOutput(ROUTE53, ROUTE53.operation("CreateHostedZone"), created, "rid");
        CreateHostedZoneResponse parsed = SdkReference.unmarshal(
                SDK.createResponseHandler(CreateHostedZoneResponse::builder, NOT_STREAMING), wire);

        assertThat(wire.status()).isEqualTo(201);
        assertThat(wire.headers().first("Location")).endsWith("/2013-04-01/hostedzone/Z1");
        assertThat(wire.headers().first("x-amzn-RequestId")).isEqualTo("rid");
        assertThat(parsed.equalsBySdkFields(created)).as("%s", parsed).isTrue();
        XmlElement root = XmlReader.parse(wire.body());
        assertThat(root.name()).isEqualTo("CreateHostedZoneResponse");
        assertThat(root.namespaceUri()).isEqualTo(NS);
        assertThat(root.child("DelegationSet").child("NameServers").children("NameServer")).hasSize(2);
        assertThat(root.child("ChangeInfo").child("SubmittedAt").text()).isEqualTo("2024-03-01T12:00:00.123Z");
        assertThat(root.child("Location")).as("header members stay out of the body").isNull();
    }

    @Test
    void encodesListsOfRecordSets() throws Exception {
        ListResourceRecordSetsResponse listed = ListResourceRecordSetsResponse.builder().isTruncated(true)
                .maxItems("1").nextRecordName("b.example.com.").nextRecordType(RRType.A)
                .resourceRecordSets(ResourceRecordSet.builder().name("a.example.com.").type(RRType.A).ttl(300L)
                        .resourceRecords(ResourceRecord.builder().value("192.0.2.1").build()).build()).build();

        WireResponse wire = protocol.encodeOutput(ROUTE53, ROUTE53.operation("ListResourceRecordSets"), listed, "r");

        assertThat(wire.status()).isEqualTo(200);
        assertThat(SdkReference.unmarshal(SDK.createResponseHandler(ListResourceRecordSetsResponse::builder,
                NOT_STREAMING), wire).equalsBySdkFields(listed)).isTrue();
    }

    @Test
    void errorsUseTheErrorResponseEnvelope() throws Exception {
        WireResponse wire = protocol.encodeError(ROUTE53,
                ErrorValue.of(404, "NoSuchHostedZone", "No hosted zone found with ID: Z9"), "rid-7");

        XmlElement root = XmlReader.parse(wire.body());
        assertThat(wire.status()).isEqualTo(404);
        assertThat(root.name()).isEqualTo("ErrorResponse");
        assertThat(root.namespaceUri()).isEqualTo(NS);
        assertThat(root.child("Error").child("Type").text()).isEqualTo("Sender");
        assertThat(root.child("Error").child("Code").text()).isEqualTo("NoSuchHostedZone");
        assertThat(root.child("RequestId").text()).isEqualTo("rid-7");

        AwsServiceException parsed = SdkReference.unmarshal(SDK.createErrorResponseHandler(), wire);
        assertThat(parsed.awsErrorDetails().errorCode()).isEqualTo("NoSuchHostedZone");
        assertThat(parsed.awsErrorDetails().errorMessage()).isEqualTo("No hosted zone found with ID: Z9");
        assertThat(parsed.statusCode()).isEqualTo(404);
    }
}
