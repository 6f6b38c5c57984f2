package io.cloudgate.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol.Addressed;
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
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.protocols.query.AwsEc2ProtocolFactory;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairRequest;
import software.amazon.awssdk.services.ec2.model.ImportKeyPairResponse;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceState;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.RunInstancesRequest;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.transform.DescribeInstancesRequestMarshaller;
import software.amazon.awssdk.services.ec2.transform.ImportKeyPairRequestMarshaller;
import software.amazon.awssdk.services.ec2.transform.RunInstancesRequestMarshaller;
import software.amazon.awssdk.core.SdkBytes;

class Ec2QueryProtocolTest {
    private static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static final ServiceSchema EC2 = new ServiceSchema("ec2", "2016-11-15", NAMESPACE, null, false, Map.of(
            "RunInstances", SdkSchemas.operation("RunInstances", RunInstancesRequest::builder,
                    RunInstancesResponse::builder),
            "DescribeInstances", SdkSchemas.operation("DescribeInstances", DescribeInstancesRequest::builder,
                    DescribeInstancesResponse::builder),
            "ImportKeyPair", SdkSchemas.operation("ImportKeyPair", ImportKeyPairRequest::builder,
                    ImportKeyPairResponse::builder)));
    private static final AwsEc2ProtocolFactory SDK = SdkReference.ec2(Ec2Exception::builder);

    private final Ec2QueryProtocol protocol = new Ec2QueryProtocol();

    private static WireRequest form(String body) {
        return new WireRequest("POST", "/", "", new Headers().add("Content-Type", "application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private Object decode(WireRequest request) {
        Addressed addressed = protocol.address(request, EC2).orElseThrow();
        return protocol.decodeInput(request, EC2, addressed.operation());
    }

    @Test
    void decodesRunInstancesExactlyAsTheSdkMarshalledIt() {
        RunInstancesRequest sent = RunInstancesRequest.builder().imageId("ami-12345678").minCount(1).maxCount(3)
                .instanceType("t3.micro").securityGroupIds("sg-1", "sg-2").userData("IyEvYmluL3NoCg==")
                .blockDeviceMappings(b -> b.deviceName("/dev/sda1").ebs(e -> e.volumeSize(20).deleteOnTermination(true)),
                        b -> b.deviceName("/dev/sdb").virtualName("ephemeral0"))
                .tagSpecifications(t -> t.resourceType("instance").tags(Tag.builder().key("Name").value("a b&c").build(),
                        Tag.builder().key("env").value("ünïcode").build()))
                .placement(p -> p.availabilityZone("zone-1")).monitoring(m -> m.enabled(false))
                .build();

        WireRequest wire = SdkReference.formRequest(new RunInstancesRequestMarshaller(SDK).marshall(sent));
        RunInstancesRequest decoded = (RunInstancesRequest) decode(wire);

        assertThat(decoded.clientToken()).as("the SDK adds an idempotency token").isNotBlank();
        assertThat(decoded).isEqualTo(sent.toBuilder().clientToken(decoded.clientToken()).build());
    }

    @Test
    void decodesFiltersAndBlobs() {
        DescribeInstancesRequest describe = DescribeInstancesRequest.builder().maxResults(50).dryRun(false)
                .filters(Filter.builder().name("instance-state-name").values("running", "pending").build(),
                        Filter.builder().name("tag:Name").values("web").build())
                .instanceIds("i-0123456789abcdef0").build();
        ImportKeyPairRequest importKey = ImportKeyPairRequest.builder().keyName("k")
                .publicKeyMaterial(SdkBytes.fromUtf8String("ssh-ed25519 AAAAC3Nz me@host")).build();

        assertThat(decode(SdkReference.formRequest(new DescribeInstancesRequestMarshaller(SDK).marshall(describe))))
                .isEqualTo(describe);
        assertThat(decode(SdkReference.formRequest(new ImportKeyPairRequestMarshaller(SDK).marshall(importKey))))
                .isEqualTo(importKey);
    }

    @Test
    void readsGetQueryStringsAndSparseIndexes() {
        WireRequest get = new WireRequest("GET", "/",
                "Action=DescribeInstances&Version=2016-11-15&InstanceId.2=i-b&InstanceId.10=i-c&InstanceId.1=i-a",
                new Headers(), null);

        DescribeInstancesRequest decoded = (DescribeInstancesRequest) decode(get);

        assertThat(decoded.instanceIds()).containsExactly("i-a", "i-b", "i-c");
    }

    @Test
    void addressesByActionAndExposesVersion() {
        WireRequest known = form("Action=RunInstances&Version=2016-11-15");
        WireRequest unknown = form("Action=LaunchRockets&Version=2016-11-15");
        WireRequest charset = new WireRequest("POST", "/", "",
                new Headers().add("content-type", "application/x-www-form-urlencoded; charset=utf-8"),
                "Action=DescribeInstances&Version=2015-10-01".getBytes(StandardCharsets.UTF_8));

        assertThat(protocol.address(known, EC2)).map(Addressed::operation).contains(EC2.operation("RunInstances"));
        assertThat(protocol.address(unknown, EC2)).map(Addressed::operationName).contains("LaunchRockets");
        assertThat(protocol.address(unknown, EC2).orElseThrow().operation()).isNull();
        assertThat(protocol.address(charset, EC2)).map(Addressed::operationName).contains("DescribeInstances");
        assertThat(QueryForms.version(charset)).isEqualTo("2015-10-01");
        assertThat(protocol.address(form("Version=2016-11-15"), EC2)).isEqualTo(Optional.empty());
        assertThat(protocol.address(new WireRequest("POST", "/", "", new Headers().add("Content-Type",
                "application/json"), "Action=RunInstances".getBytes(StandardCharsets.UTF_8)), EC2)).isEmpty();
    }

    @Test
    void malformedParametersAreClientErrors() {
        String[] bodies = {
            "Action=RunInstances&MaxCount=abc", "Action=RunInstances&DryRun=maybe",
            "Action=RunInstances&ImageId=%zz", "Action=RunInstances&ImageId=%E2%82",
            "Action=RunInstances&BlockDeviceMapping.1.Ebs.VolumeSize=1.5",
            "Action=RunInstances&" + "a.".repeat(100) + "b=1",
        };
        for (String body : bodies) {
            assertThatThrownBy(() -> decode(form(body))).as(body).isInstanceOf(MalformedRequestException.class);
        }
        assertThatThrownBy(() -> decode(form("Action=RunInstances&MaxCount=abc")))
                .hasMessageContaining("MaxCount");
    }

    @Test
    void encodesResponsesTheSdkParsesBackToEqualObjects() throws Exception {
        Instance instance = Instance.builder().instanceId("i-0123456789abcdef0").imageId("ami-1")
                .instanceType("t3.micro").launchTime(Instant.parse("2015-01-25T08:00:00.123Z"))
                .state(InstanceState.builder().code(16).name("running").build())
                .securityGroups(GroupIdentifier.builder().groupId("sg-1").groupName("default").build())
                .tags(Tag.builder().key("Name").value("<web & \"db\">").build()).build();
        DescribeInstancesResponse response = DescribeInstancesResponse.builder().nextToken("next")
                .reservations(Reservation.builder().reservationId("r-1").ownerId("123456789012")
                        .instances(instance).build()).build();

        WireResponse wire = protocol.encodeOutput(EC2, EC2.operation("DescribeInstances"), response, "req-1");
        DescribeInstancesResponse parsed = SdkReference.unmarshal(
                SDK.createResponseHandler(DescribeInstancesResponse::builder), wire);

        assertThat(parsed.equalsBySdkFields(response)).as("%s", parsed).isTrue();
        assertThat(parsed.responseMetadata().requestId()).isEqualTo("req-1");
        assertThat(wire.status()).isEqualTo(200);
        assertThat(wire.headers().first("x-amzn-RequestId")).isEqualTo("req-1");
        assertThat(wire.headers().first("Content-Type")).startsWith("text/xml");
    }

    @Test
    void responseXmlUsesEc2ElementNames() {
        RunInstancesResponse response = RunInstancesResponse.builder().reservationId("r-1")
                .instances(Instance.builder().instanceId("i-1")
                        .launchTime(Instant.parse("2015-01-25T08:00:00Z")).build()).build();

        XmlElement root = XmlReader.parse(protocol.encodeOutput(EC2, EC2.operation("RunInstances"), response, "id-9")
                .body());

        assertThat(root.name()).isEqualTo("RunInstancesResponse");
        assertThat(root.namespaceUri()).isEqualTo(NAMESPACE);
        assertThat(root.children().get(0).name()).isEqualTo("requestId");
        assertThat(root.child("requestId").text()).isEqualTo("id-9");
        assertThat(root.child("reservationId").text()).isEqualTo("r-1");
        XmlElement item = root.child("instancesSet").child("item");
        assertThat(item.child("instanceId").text()).isEqualTo("i-1");
        assertThat(item.child("launchTime").text()).isEqualTo("2015-01-25T08:00:00.000Z");
        assertThat(root.child("groupSet")).as("unset lists are left out").isNull();
    }

    @Test
    void errorsUseTheEc2Envelope() throws Exception {
        WireResponse wire = protocol.encodeError(EC2,
                ErrorValue.of(400, "InvalidInstanceID.NotFound", "The instance ID 'i-1' does not exist"), "req-2");

        XmlElement root = XmlReader.parse(wire.body());
        assertThat(wire.status()).isEqualTo(400);
        assertThat(new String(wire.body(), StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        assertThat(root.name()).isEqualTo("Response");
        XmlElement error = root.child("Errors").child("Error");
        assertThat(error.child("Code").text()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(error.child("Message").text()).isEqualTo("The instance ID 'i-1' does not exist");
        assertThat(error.child("Type")).isNull();
        assertThat(root.child("RequestID").text()).isEqualTo("req-2");

        AwsServiceException parsed = SdkReference.unmarshal(SDK.createErrorResponseHandler(), wire);
        assertThat(parsed.awsErrorDetails().errorCode()).isEqualTo("InvalidInstanceID.NotFound");
        assertThat(parsed.awsErrorDetails().errorMessage()).isEqualTo("The instance ID 'i-1' does not exist");
        assertThat(parsed.requestId()).isEqualTo("req-2");
        assertThat(parsed.statusCode()).isEqualTo(400);
    }
}
