package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/** Throttling per access key, presigned GETs, and SigV2 requests routed by a service-named host. */
class ThrottleAndRoutingTest {
    private static final String IDENTITY = "Action=GetCallerIdentity&Version=2011-06-15";
    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start("--requests-per-second", "5");
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    @Test
    void aBurstBeyondTheRateIsThrottledWithEachServicesOwnError() throws Exception {
        List<Integer> stsStatuses = new ArrayList<>();
        String throttledBody = null;
        try (RawHttp http = new RawHttp(gateway.port())) {
            for (int i = 0; i < 12; i++) {
                http.send(Signing.stsFormRequest(gateway.port(), IDENTITY, gateway.accessKeyId(), gateway.secret(),
                        Map.of()));
                RawHttp.Response response = http.read();
                stsStatuses.add(response.status());
                if (response.status() != 200) {
                    throttledBody = response.body();
                }
            }
        }
        assertThat(stsStatuses).contains(200, 400);
        assertThat(stsStatuses).containsOnly(200, 400);
        assertThat(throttledBody).contains("<Code>Throttling</Code>").contains("Rate exceeded");

        Thread.sleep(1100);
        List<Integer> ec2Statuses = new ArrayList<>();
        String ec2Body = null;
        for (int i = 0; i < 12; i++) {
            RawHttp.Response response = describeRegionsWithSigV2("ec2.127.0.0.1.nip.invalid");
            ec2Statuses.add(response.status());
            if (response.status() != 200) {
                ec2Body = response.body();
            }
        }
        assertThat(ec2Statuses).contains(200, 503).containsOnly(200, 503);
        assertThat(ec2Body).contains("<Code>RequestLimitExceeded</Code>");
    }

    @Test
    void presignedGetIsAccepted() throws Exception {
        Thread.sleep(1100);
        URI uri = URI.create("http://127.0.0.1:" + gateway.port() + "/?" + IDENTITY);
        var signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(gateway.accessKeyId(), gateway.secret()))
                .request(SdkHttpFullRequest.builder().method(SdkHttpMethod.GET).uri(uri).build())
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, Duration.ofMinutes(5)));
        String pathAndQuery = signed.request().encodedPath() + "?" + signed.request().getUri().getRawQuery();
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + gateway.port() + "\r\n\r\n");
            RawHttp.Response response = http.read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).contains("<Arn>arn:aws:iam::" + gateway.admin.record().accountId() + ":root</Arn>");
        }
    }

    @Test
    void sigV2RequestIsRoutedByItsServiceNamedHost() throws Exception {
        Thread.sleep(1100);
        RawHttp.Response response = describeRegionsWithSigV2("ec2.cloud.example");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("<regionName>zone-x</regionName>");
    }

    /** An EC2 DescribeRegions query signed with Signature Version 2 (HmacSHA256), as older tools send it. */
    private static RawHttp.Response describeRegionsWithSigV2(String host) throws Exception {
        Map<String, String> params = new TreeMap<>();
        params.put("Action", "DescribeRegions");
        params.put("Version", "2016-11-15");
        params.put("RegionName.1", "zone-x");
        params.put("AWSAccessKeyId", gateway.accessKeyId());
        params.put("SignatureVersion", "2");
        params.put("SignatureMethod", "HmacSHA256");
        params.put("Timestamp", DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
                .format(Instant.now().atOffset(ZoneOffset.UTC)));
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "" : "&").append(encode(k)).append('=').append(encode(v)));
        String toSign = "GET\n" + host + "\n/\n" + query;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(gateway.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        try (RawHttp http = new RawHttp(gateway.port())) {
            http.send("GET /?" + query + "&Signature=" + encode(signature) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n");
            return http.read();
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
