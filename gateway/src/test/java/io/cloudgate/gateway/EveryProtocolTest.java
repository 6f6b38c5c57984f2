package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * One request per protocol, each from a real client, through routing, signing, decoding, the
 * operation and encoding: awsQuery/awsJson1_0/rpcv2Cbor (CloudWatch), ec2Query (EC2), restXml (Route 53).
 */
class EveryProtocolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestGateway gateway;

    @BeforeAll
    static void start() throws Exception {
        gateway = TestGateway.start();
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
    }

    private static URI endpoint() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(gateway.accessKeyId(), gateway.secret()));
    }

    @Test
    void awsQueryFromTheJavaSdk() {
        try (CloudWatchClient cloudWatch = CloudWatchClient.builder().endpointOverride(endpoint())
                .region(Region.US_EAST_1).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            var metrics = cloudWatch.listMetrics(r -> r.namespace("App/Échos").metricName("Latency")).metrics();
            assertThat(metrics).singleElement().satisfies(m -> {
                assertThat(m.namespace()).isEqualTo("App/Échos");
                assertThat(m.metricName()).isEqualTo("Latency");
            });
            assertThatThrownBy(() -> cloudWatch.describeAlarms()).isInstanceOfSatisfying(AwsServiceException.class,
                    e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnsupportedOperation");
                    });
        }
    }

    @Test
    void ec2QueryFromTheJavaSdk() {
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            var regions = ec2.describeRegions(r -> r.regionNames("zone-a", "zone-b")).regions();
            assertThat(regions).extracting(r -> r.regionName()).containsExactly("zone-a", "zone-b");
            assertThat(regions).extracting(r -> r.endpoint()).containsExactly("ec2.zone-a", "ec2.zone-b");
            assertThatThrownBy(() -> ec2.describeVpcs()).isInstanceOfSatisfying(AwsServiceException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(400);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnsupportedOperation");
            });
        }
    }

    @Test
    void restXmlFromTheJavaSdk() {
        try (Route53Client route53 = Route53Client.builder().endpointOverride(endpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials()).httpClient(UrlConnectionHttpClient.create()).build()) {
            var zone = route53.getHostedZone(r -> r.id("Z123EXAMPLE")).hostedZone();
            // The SDK strips the "/hostedzone/" prefix Route 53 puts on ids.
            assertThat(zone.id()).isEqualTo("Z123EXAMPLE");
            assertThat(zone.name()).isEqualTo("example.com.");
        }
    }

    @Test
    void awsJsonFromTheAwsCli() throws Exception {
        JsonNode output = runForJson(aws("cloudwatch", "list-metrics", "--namespace", "Cli/Space", "--metric-name",
                "Hits"));
        assertThat(output.at("/Metrics/0/Namespace").asText()).isEqualTo("Cli/Space");
        assertThat(output.at("/Metrics/0/MetricName").asText()).isEqualTo("Hits");
    }

    @Test
    void gzipCompressedBodyIsInflatedAfterSignatureVerification() throws Exception {
        String form = "Action=ListMetrics&Version=2010-08-01&Namespace=Zipped&MetricName=Small";
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(form.getBytes(StandardCharsets.UTF_8));
        }
        byte[] body = compressed.toByteArray();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
        headers.put("Content-Encoding", "gzip");
        Map<String, String> signed = Signing.headers("POST", endpoint().resolve("/"), headers, body, "monitoring",
                gateway.accessKeyId(), gateway.secret());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint().resolve("/"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                request.header(name, value);
            }
        });
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<Namespace>Zipped</Namespace>").contains("<MetricName>Small</MetricName>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"smithy-rpc-v2-cbor", "json", "query"})
    void cloudWatchProtocolsFromBotocore(String protocol) throws Exception {
        Path script = Files.createTempFile("botocore-probe", ".py");
        try (var source = EveryProtocolTest.class.getResourceAsStream("/botocore_protocol_probe.py")) {
            Files.write(script, source.readAllBytes());
        }
        JsonNode output = runForJson(new ProcessBuilder("python3", script.toString(), endpoint().toString(),
                protocol));
        String expectedContentType = switch (protocol) {
            case "smithy-rpc-v2-cbor" -> "application/cbor";
            case "json" -> "application/x-amz-json-1.0";
            default -> "application/x-www-form-urlencoded; charset=utf-8";
        };
        assertThat(output.at("/sent/content_type").asText()).isEqualTo(expectedContentType);
        assertThat(output.at("/metrics/0/Namespace").asText()).isEqualTo("Probe/" + protocol);
        assertThat(output.at("/metrics/0/MetricName").asText()).isEqualTo("Bytes");
        assertThat(output.at("/error/code").asText()).isEqualTo("UnsupportedOperation");
        assertThat(output.at("/error/status").asInt()).isEqualTo(400);
    }

    private static ProcessBuilder aws(String... arguments) {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint().toString(),
                "--region", "us-east-1", "--output", "json"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    /** Runs a client process with the administrator's credentials and parses its standard output as JSON. */
    private static JsonNode runForJson(ProcessBuilder builder) throws Exception {
        Path stderr = Files.createTempFile("client", ".err");
        withCredentials(builder);
        Process process = builder.redirectError(stderr.toFile()).start();
        byte[] stdout = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("exit status; stderr: %s", Files.readString(stderr)).isZero();
        return JSON.readTree(stdout);
    }

    private static void withCredentials(ProcessBuilder builder) {
        builder.environment().put("AWS_ACCESS_KEY_ID", gateway.accessKeyId());
        builder.environment().put("AWS_SECRET_ACCESS_KEY", gateway.secret());
        builder.environment().put("AWS_CONFIG_FILE", "/dev/null");
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        builder.environment().remove("AWS_PROFILE");
    }
}
