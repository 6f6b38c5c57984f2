package io.cloudgate.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.gateway.CommandLine;
import io.cloudgate.gateway.Gateway;
import io.cloudgate.gateway.GatewayConfig;
import io.cloudgate.identity.IssuedKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * A gateway started in this JVM on an ephemeral port with a fresh data directory and master key,
 * plus what tests need to reach it: the endpoint, the administrator's key, and new tenant accounts.
 */
public final class RunningGateway implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    private final Gateway gateway;
    private final Credentials admin;

    private RunningGateway(Path directory, Gateway gateway, Credentials admin) {
        this.directory = directory;
        this.gateway = gateway;
        this.admin = admin;
    }

    public static RunningGateway start(String... extraArgs) throws Exception {
        Path directory = Files.createTempDirectory("cloudgate-test");
        System.setProperty("cloudgate.dataDir", directory.resolve("data").toString());
        String[] base = {"--port", "0", "--dns-port", "0", "--data-dir", directory.resolve("data").toString(),
                "--master-key-file", directory.resolve("master.key").toString()};
        String[] args = Stream.concat(Stream.of(base), Stream.of(extraArgs)).toArray(String[]::new);
        GatewayConfig config = CommandLine.parse(args, Map.of());
        Gateway gateway = Gateway.create(config, Clock.systemUTC());
        gateway.start();
        IssuedKey key = gateway.firstAdminKey().orElseThrow();
        return new RunningGateway(directory, gateway,
                new Credentials(key.record().accessKeyId(), key.secretAccessKey(), null));
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + gateway.port());
    }

    /** Where the gateway's Route 53 zones answer DNS queries. */
    public InetSocketAddress dnsEndpoint() {
        return gateway.dnsEndpoint();
    }

    public Credentials admin() {
        return admin;
    }

    public Path directory() {
        return directory;
    }

    /** A new tenant account with its first root key, created through the signed admin API. */
    public Credentials createAccount(String name) throws Exception {
        JsonNode created = adminCall("POST", "/_cloudgate/admin/accounts", "{\"name\":\"" + name + "\"}", admin);
        return new Credentials(created.get("accessKeyId").asText(), created.get("secretAccessKey").asText(), null,
                created.get("accountId").asText());
    }

    /** Calls the admin API signed with the given credentials; returns the JSON body (status in "_status"). */
    public JsonNode adminCall(String method, String path, String body, Credentials signer) throws Exception {
        SdkHttpFullRequest.Builder unsigned = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.fromValue(method))
                .uri(endpoint().resolve(path))
                .putHeader("Content-Type", "application/json");
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(signer.accessKeyId(), signer.secretAccessKey()))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "cloudgate")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1"));
        HttpRequest.Builder request = HttpRequest.newBuilder(signed.request().getUri())
                .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().forEachHeader((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
        return ((ObjectNode) JSON.readTree(response.body()))
                .put("_status", response.statusCode());
    }

    @Override
    public void close() throws Exception {
        gateway.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Leftover temporary files do not affect the outcome of a test.
        }
    }

    /** An access key; accountId is known for keys made through the admin API. */
    public record Credentials(String accessKeyId, String secretAccessKey, String sessionToken, String accountId) {
        public Credentials(String accessKeyId, String secretAccessKey, String sessionToken) {
            this(accessKeyId, secretAccessKey, sessionToken, null);
        }

        public StaticCredentialsProvider provider() {
            return StaticCredentialsProvider.create(sessionToken == null
                    ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
                    : AwsSessionCredentials.create(accessKeyId,
                            secretAccessKey, sessionToken));
        }
    }
}
