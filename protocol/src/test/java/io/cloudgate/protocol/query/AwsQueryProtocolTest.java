package io.cloudgate.protocol.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudgate.protocol.ErrorValue;
import io.cloudgate.protocol.Protocol.Addressed;
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
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.protocols.query.AwsQueryProtocolFactory;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Datapoint;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DeleteAlarmsResponse;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsRequest;
import software.amazon.awssdk.services.cloudwatch.model.DeleteDashboardsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricStatisticsResponse;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.PutMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.transform.GetMetricStatisticsRequestMarshaller;
import software.amazon.awssdk.services.cloudwatch.transform.PutMetricDataRequestMarshaller;
import software.amazon.awssdk.services.sns.model.GetTopicAttributesRequest;
import software.amazon.awssdk.services.sns.model.GetTopicAttributesResponse;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.transform.PublishRequestMarshaller;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityRequest;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.services.sts.model.StsException;
import software.amazon.awssdk.services.sts.transform.AssumeRoleRequestMarshaller;

class AwsQueryProtocolTest {
    private static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    private static final ServiceSchema STS = service("sts", "2011-06-15", STS_NS,
            SdkSchemas.operation("GetCallerIdentity", GetCallerIdentityRequest::builder,
                    GetCallerIdentityResponse::builder),
            SdkSchemas.operation("AssumeRole", AssumeRoleRequest::builder, AssumeRoleResponse::builder));
    private static final ServiceSchema CLOUDWATCH = service("monitoring", "2010-08-01",
            "http://monitoring.amazonaws.com/doc/2010-08-01/",
            SdkSchemas.operation("PutMetricData", PutMetricDataRequest::builder, PutMetricDataResponse::builder),
            SdkSchemas.operation("GetMetricStatistics", GetMetricStatisticsRequest::builder,
                    GetMetricStatisticsResponse::builder),
            SdkSchemas.operationWithoutOutput("DeleteAlarms", DeleteAlarmsRequest::builder),
            SdkSchemas.operation("DeleteDashboards", DeleteDashboardsRequest::builder,
                    DeleteDashboardsResponse::builder));
    private static final ServiceSchema SNS = service("sns", "2010-03-31", "http://sns.amazonaws.com/doc/2010-03-31/",
            SdkSchemas.operation("Publish", PublishRequest::builder, PublishResponse::builder),
            SdkSchemas.operation("GetTopicAttributes", GetTopicAttributesRequest::builder,
                    GetTopicAttributesResponse::builder));

    private final AwsQueryProtocol protocol = new AwsQueryProtocol();

    private static ServiceSchema service(String name, String version, String namespace, OperationSchema... ops) {
        Map<String, OperationSchema> byName = new java.util.LinkedHashMap<>();
        for (OperationSchema op : ops) {
            byName.put(op.name(), op);
        }
        return new ServiceSchema(name, version, namespace, null, false, byName);
    }

    private Object decode(ServiceSchema service, WireRequest request) {
        Addressed addressed = protocol.address(request, service).orElseThrow();
        return protocol.decodeInput(request, service, addressed.operation());
    }

    private static WireRequest form(String body) {
        return new WireRequest("POST", "/", "", new Headers().add("Content-Type", "application/x-www-form-urlencoded"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesWrappedListsAsTheSdkMarshalsThem() {
        AwsQueryProtocolFactory sdk = SdkReference.query(StsException::builder);
        AssumeRoleRequest assume = AssumeRoleRequest.builder().roleArn("arn:aws:iam::123456789012:role/r")
                .roleSessionName("s").durationSeconds(900).transitiveTagKeys("a", "b")
                .policyArns(p -> p.arn("arn:aws:iam::aws:policy/ReadOnly"))
                .tags(t -> t.key("team").value("x=y&z")).build();

        WireRequest wire = SdkReference.formRequest(new AssumeRoleRequestMarshaller(sdk).marshall(assume));

        assertThat(new String(wire.body(), StandardCharsets.UTF_8)).contains("TransitiveTagKeys.member.2=b");
        assertThat(decode(STS, wire)).isEqualTo(assume);
    }

    @Test
    void decodesNestedListsTimestampsAndDoubles() {
        AwsQueryProtocolFactory sdk = SdkReference.query(CloudWatchException::builder);
        PutMetricDataRequest put = PutMetricDataRequest.builder().namespace("App").metricData(
                MetricDatum.builder().metricName("Latency").timestamp(Instant.parse("2024-05-01T10:00:00.250Z"))
                        .dimensions(Dimension.builder().name("Host").value("a").build(),
                                Dimension.builder().name("Az").value("z1").build())
                        .values(1.5, 2.25e12).counts(1.0, 2.0).unit("Milliseconds").storageResolution(1).build(),
                MetricDatum.builder().metricName("Errors").value(0.0).build()).build();
        GetMetricStatisticsRequest get = GetMetricStatisticsRequest.builder().namespace("App").metricName("Latency")
                .startTime(Instant.parse("2024-05-01T00:00:00Z")).endTime(Instant.parse("2024-05-02T00:00:00Z"))
                .period(60).statisticsWithStrings("Average", "Maximum").extendedStatistics("p99").build();

        assertThat(decode(CLOUDWATCH, SdkReference.formRequest(new PutMetricDataRequestMarshaller(sdk).marshall(put))))
                .isEqualTo(put);
        assertThat(decode(CLOUDWATCH, SdkReference.formRequest(
                new GetMetricStatisticsRequestMarshaller(sdk).marshall(get)))).isEqualTo(get);
    }

    @Test
    void decodesMapsWithCustomEntryNamesAndBlobValues() {
        AwsQueryProtocolFactory sdk = SdkReference.query(SnsException::builder);
        PublishRequest publish = PublishRequest.builder().topicArn("arn:aws:sns:us-east-1:1:t").message("hi")
                .messageAttributes(Map.of(
                        "color", MessageAttributeValue.builder().dataType("String").stringValue("blue").build(),
                        "raw", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 255})).build()))
                .build();

        WireRequest wire = SdkReference.formRequest(new PublishRequestMarshaller(sdk).marshall(publish));

        assertThat(new String(wire.body(), StandardCharsets.UTF_8)).contains("MessageAttributes.entry.1.Name=");
        assertThat(decode(SNS, wire)).isEqualTo(publish);
    }

    @Test
    void emptyListMarkerDecodesToAnEmptyList() {
        AssumeRoleRequest decoded = (AssumeRoleRequest) decode(STS,
                form("Action=AssumeRole&Version=2011-06-15&RoleArn=r&TransitiveTagKeys="));

        assertThat(decoded.transitiveTagKeys()).isEmpty();
        assertThat(decoded.hasTransitiveTagKeys()).isTrue();
        assertThat(decoded.hasTags()).isFalse();
    }

    @Test
    void malformedParametersAreClientErrors() {
        String[] bodies = {
            "Action=AssumeRole&DurationSeconds=ten", "Action=AssumeRole&RoleArn=%G0",
            "Action=AssumeRole&DurationSeconds=1e3",
        };
        for (String body : bodies) {
            assertThatThrownBy(() -> decode(STS, form(body))).as(body).isInstanceOf(MalformedRequestException.class);
        }
        assertThatThrownBy(() -> decode(CLOUDWATCH, form("Action=GetMetricStatistics&StartTime=tomorrow")))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("StartTime");
        assertThatThrownBy(() -> decode(SNS, form("Action=Publish&MessageAttributes.entry.1.Value.DataType=x")))
                .isInstanceOf(MalformedRequestException.class).hasMessageContaining("Name");
    }

    @Test
    void encodesResultAndMetadataExactly() {
        GetCallerIdentityResponse identity = GetCallerIdentityResponse.builder().userId("AIDA1")
                .account("123456789012").arn("arn:aws:iam::123456789012:user/alice").build();

        WireResponse wire = protocol.encodeOutput(STS, STS.operation("GetCallerIdentity"), identity, "rid-1");

        assertThat(new String(wire.body(), StandardCharsets.UTF_8)).isEqualTo(
                "<GetCallerIdentityResponse xmlns=\"" + STS_NS + "\"><GetCallerIdentityResult>"
                        + "<UserId>AIDA1</UserId><Account>123456789012</Account>"
                        + "<Arn>arn:aws:iam::123456789012:user/alice</Arn></GetCallerIdentityResult>"
                        + "<ResponseMetadata><RequestId>rid-1</RequestId></ResponseMetadata>"
                        + "</GetCallerIdentityResponse>");
        assertThat(wire.headers().first("x-amzn-RequestId")).isEqualTo("rid-1");
        assertThat(wire.headers().first("content-type")).isEqualTo("text/xml");
    }

    @Test
    void operationWithoutOutputHasNoResultElement() {
        XmlElement root = XmlReader.parse(protocol.encodeOutput(CLOUDWATCH, CLOUDWATCH.operation("DeleteAlarms"),
                DeleteAlarmsResponse.builder().build(), "rid").body());

        assertThat(root.name()).isEqualTo("DeleteAlarmsResponse");
        assertThat(root.children()).extracting(XmlElement::name).containsExactly("ResponseMetadata");
    }

    @Test
    void emptyOutputStructureStillHasItsResultElement() {
        XmlElement root = XmlReader.parse(protocol.encodeOutput(CLOUDWATCH, CLOUDWATCH.operation("DeleteDashboards"),
                DeleteDashboardsResponse.builder().build(), "rid").body());

        assertThat(root.children()).extracting(XmlElement::name)
                .containsExactly("DeleteDashboardsResult", "ResponseMetadata");
        assertThat(root.children().get(0).children()).isEmpty();
    }

    @Test
    void encodesResponsesTheSdkParsesBackToEqualObjects() throws Exception {
        GetMetricStatisticsResponse stats = GetMetricStatisticsResponse.builder().label("Latency").datapoints(
                Datapoint.builder().timestamp(Instant.parse("2024-05-01T10:00:00Z")).average(1.5).maximum(2.0e15)
                        .unit("Milliseconds").sampleCount(3.0).build(),
                Datapoint.builder().timestamp(Instant.parse("2024-05-01T10:01:00.5Z")).extendedStatistics(
                        Map.of("p99", 9.5)).build()).build();
        GetTopicAttributesResponse attributes = GetTopicAttributesResponse.builder()
                .attributes(Map.of("Policy", "{\"a\":\"<b>\"}", "Owner", "1")).build();

        WireResponse statsWire = protocol.encodeOutput(CLOUDWATCH, CLOUDWATCH.operation("GetMetricStatistics"),
                stats, "r1");
        WireResponse attributesWire = protocol.encodeOutput(SNS, SNS.operation("GetTopicAttributes"), attributes, "r2");
        GetMetricStatisticsResponse parsedStats = SdkReference.unmarshal(SdkReference.query(
                CloudWatchException::builder).createResponseHandler(GetMetricStatisticsResponse::builder), statsWire);
        GetTopicAttributesResponse parsedAttributes = SdkReference.unmarshal(SdkReference.query(
                SnsException::builder).createResponseHandler(GetTopicAttributesResponse::builder), attributesWire);

        assertThat(parsedStats.equalsBySdkFields(stats)).as("%s", parsedStats).isTrue();
        assertThat(parsedStats.responseMetadata().requestId()).isEqualTo("r1");
        assertThat(parsedAttributes.equalsBySdkFields(attributes)).as("%s", parsedAttributes).isTrue();
        assertThat(XmlReader.parse(statsWire.body()).child("GetMetricStatisticsResult").child("Datapoints")
                .children("member")).extracting(member -> member.child("Timestamp").text())
                .containsExactly("2024-05-01T10:00:00Z", "2024-05-01T10:01:00.500Z");
        XmlElement entry = XmlReader.parse(attributesWire.body()).child("GetTopicAttributesResult")
                .child("Attributes").child("entry");
        assertThat(entry.child("key")).isNotNull();
        assertThat(entry.child("value")).isNotNull();
    }

    @Test
    void errorsUseTheErrorResponseEnvelope() throws Exception {
        WireResponse client = protocol.encodeError(STS, ErrorValue.of(403, "InvalidClientTokenId",
                "The security token included in the request is invalid."), "rid-3");
        WireResponse server = protocol.encodeError(STS, ErrorValue.of(503, "ServiceUnavailable", null), "rid-4");

        XmlElement root = XmlReader.parse(client.body());
        assertThat(client.status()).isEqualTo(403);
        assertThat(root.name()).isEqualTo("ErrorResponse");
        assertThat(root.namespaceUri()).isEqualTo(STS_NS);
        assertThat(root.child("Error").children()).extracting(XmlElement::name).containsExactly("Type", "Code",
                "Message");
        assertThat(root.child("Error").child("Type").text()).isEqualTo("Sender");
        assertThat(root.child("RequestId").text()).isEqualTo("rid-3");
        assertThat(XmlReader.parse(server.body()).child("Error").child("Type").text()).isEqualTo("Receiver");

        AwsServiceException parsed = SdkReference.unmarshal(
                SdkReference.query(StsException::builder).createErrorResponseHandler(), client);
        assertThat(parsed.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        assertThat(parsed.awsErrorDetails().errorMessage())
                .isEqualTo("The security token included in the request is invalid.");
        assertThat(parsed.requestId()).isEqualTo("rid-3");
    }
}
