package io.cloudgate.gateway;

import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import io.cloudgate.gateway.FuzzRequest.BodyFormat;
import io.cloudgate.gateway.FuzzRequest.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed corpus: one valid request per protocol and operation shape, each answered 2xx when signed. */
final class FuzzSeeds {
    private static final String CBOR_PATH = "/service/GraniteServiceVersion20100801/operation/";
    private static final String JSON_TARGET = "GraniteServiceVersion20100801.";
    private static final CBORFactory CBOR = CBORFactory.builder().build();

    /** A seed and a text its 2xx response must contain, proving the input was decoded and the output encoded. */
    record Seed(FuzzRequest request, String expectedInBody) {
    }

    private FuzzSeeds() {
    }

    /** @param userName the IAM user CreateUser creates; it must be new for the seed to succeed */
    static List<Seed> all(String userName) {
        return List.of(
                form("sts", "GetCallerIdentity", "Action=GetCallerIdentity&Version=2011-06-15",
                        "GetCallerIdentityResult"),
                form("sts", "GetSessionToken", "Action=GetSessionToken&Version=2011-06-15&DurationSeconds=900",
                        "SessionToken"),
                form("iam", "CreateUser", "Action=CreateUser&Version=2010-05-08&UserName=" + userName
                        + "&Path=%2Ffuzz%2F&Tags.member.1.Key=team&Tags.member.1.Value=qa", userName),
                form("iam", "ListUsers", "Action=ListUsers&Version=2010-05-08&PathPrefix=%2F&MaxItems=5",
                        "ListUsersResult"),
                form("monitoring", "ListMetrics", "Action=ListMetrics&Version=2010-08-01&Namespace=App%2FFuzz"
                        + "&MetricName=Latency&Dimensions.member.1.Name=Host&Dimensions.member.1.Value=a"
                        + "&RecentlyActive=PT3H&IncludeLinkedAccounts=false&NextToken=t0", "Latency"),
                form("monitoring", "PutMetricData", "Action=PutMetricData&Version=2010-08-01&Namespace=App"
                        + "&MetricData.member.1.MetricName=Latency&MetricData.member.1.Value=12.5"
                        + "&MetricData.member.1.Unit=Milliseconds"
                        + "&MetricData.member.1.Timestamp=2024-01-02T03%3A04%3A05Z"
                        + "&MetricData.member.1.Dimensions.member.1.Name=Host"
                        + "&MetricData.member.1.Dimensions.member.1.Value=a&MetricData.member.1.StorageResolution=1"
                        + "&MetricData.member.1.Values.member.1=1.5&MetricData.member.1.Counts.member.1=2",
                        "PutMetricDataResponse"),
                json("ListMetrics", """
                        {"Namespace":"App/Fuzz","MetricName":"Latency","Dimensions":[{"Name":"Host","Value":"a"}],\
                        "RecentlyActive":"PT3H","IncludeLinkedAccounts":false,"NextToken":"t0"}""", "Latency"),
                json("PutMetricData", """
                        {"Namespace":"App","MetricData":[{"MetricName":"Latency","Value":12.5,"Unit":"Milliseconds",\
                        "Timestamp":1704164645,"Dimensions":[{"Name":"Host","Value":"a"}],"StorageResolution":1,\
                        "Values":[1.5],"Counts":[2]}]}""", null),
                cbor("ListMetrics", listMetricsCbor(), "Latency"),
                cbor("PutMetricData", putMetricDataCbor(), null),
                ec2("POST", "Action=DescribeRegions&Version=2016-11-15&RegionName.1=zone-a&RegionName.2=zone-b"
                        + "&AllRegions=false&Filter.1.Name=endpoint&Filter.1.Value.1=x"),
                ec2("GET", "Action=DescribeRegions&Version=2016-11-15&RegionName.1=zone-a&RegionName.2=zone-b"),
                new Seed(FuzzRequest.seed("restXml GetHostedZone", "restXml", "route53", BodyFormat.NONE, "GET",
                        "/2013-04-01/hostedzone/Z123EXAMPLE", "", List.of(), new byte[0]), "Z123EXAMPLE"),
                new Seed(FuzzRequest.seed("restXml ChangeResourceRecordSets", "restXml", "route53", BodyFormat.XML,
                        "POST", "/2013-04-01/hostedzone/Z123EXAMPLE/rrset/", "",
                        List.of(new Header("Content-Type", "application/xml")), utf8(CHANGE_BATCH)),
                        "/change/Z123EXAMPLE"));
    }

    static final String CHANGE_BATCH = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ChangeResourceRecordSetsRequest xmlns="https://route53.amazonaws.com/doc/2013-04-01/">\
            <ChangeBatch><Comment>fuzz</Comment><Changes><Change><Action>UPSERT</Action><ResourceRecordSet>\
            <Name>www.example.com.</Name><Type>A</Type><SetIdentifier>one</SetIdentifier><Weight>10</Weight>\
            <TTL>300</TTL><ResourceRecords><ResourceRecord><Value>192.0.2.1</Value></ResourceRecord>\
            </ResourceRecords></ResourceRecordSet></Change></Changes></ChangeBatch>\
            </ChangeResourceRecordSetsRequest>""";

    private static Seed form(String service, String operation, String form, String expected) {
        return new Seed(FuzzRequest.seed("awsQuery " + service + " " + operation, "awsQuery", service,
                BodyFormat.FORM, "POST", "/", "",
                List.of(new Header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")),
                utf8(form)), expected);
    }

    private static Seed ec2(String method, String form) {
        if (method.equals("GET")) {
            return new Seed(FuzzRequest.seed("ec2Query GET DescribeRegions", "ec2Query", "ec2", BodyFormat.NONE,
                    "GET", "/", form, List.of(), new byte[0]), "zone-b");
        }
        return new Seed(FuzzRequest.seed("ec2Query DescribeRegions", "ec2Query", "ec2", BodyFormat.FORM, "POST", "/",
                "", List.of(new Header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")),
                utf8(form)), "zone-b");
    }

    private static Seed json(String operation, String body, String expected) {
        return new Seed(FuzzRequest.seed("awsJson1_0 " + operation, "awsJson1_0", "monitoring", BodyFormat.JSON,
                "POST", "/", "", List.of(new Header("Content-Type", "application/x-amz-json-1.0"),
                        new Header("X-Amz-Target", JSON_TARGET + operation)), utf8(body)), expected);
    }

    private static Seed cbor(String operation, byte[] body, String expected) {
        return new Seed(FuzzRequest.seed("rpcv2Cbor " + operation, "rpcv2Cbor", "monitoring", BodyFormat.CBOR,
                "POST", CBOR_PATH + operation, "", List.of(new Header("Content-Type", "application/cbor"),
                        new Header("Accept", "application/cbor"), new Header("smithy-protocol", "rpc-v2-cbor")),
                body), expected);
    }

    private static byte[] listMetricsCbor() {
        return cborBody(g -> {
            g.writeStartObject();
            g.writeStringField("Namespace", "App/Fuzz");
            g.writeStringField("MetricName", "Latency");
            g.writeArrayFieldStart("Dimensions");
            g.writeStartObject();
            g.writeStringField("Name", "Host");
            g.writeStringField("Value", "a");
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("RecentlyActive", "PT3H");
            g.writeBooleanField("IncludeLinkedAccounts", false);
            g.writeStringField("NextToken", "t0");
            g.writeEndObject();
        });
    }

    private static byte[] putMetricDataCbor() {
        return cborBody(g -> {
            g.writeStartObject();
            g.writeStringField("Namespace", "App");
            g.writeArrayFieldStart("MetricData");
            g.writeStartObject();
            g.writeStringField("MetricName", "Latency");
            g.writeNumberField("Value", 12.5);
            g.writeStringField("Unit", "Milliseconds");
            g.writeFieldName("Timestamp");
            g.writeTag(1);
            g.writeNumber(1704164645L);
            g.writeNumberField("StorageResolution", 1);
            g.writeArrayFieldStart("Values");
            g.writeNumber(1.5);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Writes a CBOR document with Jackson's generator (definite or indefinite lengths as the writer chooses). */
    static byte[] cborBody(CborWriter writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CBORGenerator generator = CBOR.createGenerator(out)) {
            writer.write(generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    interface CborWriter {
        void write(CBORGenerator generator) throws IOException;
    }
}
