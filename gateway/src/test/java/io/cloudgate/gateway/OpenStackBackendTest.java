package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gateway started with {@code --backend openstack}: EC2 calls reach the Nova of the Keystone catalog, and the
 * operator links tenants to OpenStack projects through the admin API, each project to one tenant only. Keystone and
 * Nova are a local HTTP server: Keystone refuses tokens for the project "foreign-project", as it does for a project
 * the gateway's user holds no role in.
 */
class OpenStackBackendTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NOVA_TOKENS = new CopyOnWriteArrayList<>();
    private static HttpServer openStack;
    private static Gateway gateway;
    private static IssuedKey admin;
    @TempDir
    static Path directory;

    @BeforeAll
    static void start() throws Exception {
        openStack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + openStack.getAddress().getPort();
        openStack.createContext("/v3/auth/tokens", exchange -> token(exchange, base));
        openStack.createContext("/compute/os-availability-zone", exchange -> {
            NOVA_TOKENS.add(exchange.getRequestHeaders().getFirst("X-Auth-Token"));
            answer(exchange, 200, null, "{\"availabilityZoneInfo\":[{\"zoneName\":\"nova\","
                    + "\"zoneState\":{\"available\":true}}]}");
        });
        openStack.start();
        Path config = directory.resolve("openstack.properties");
        Files.writeString(config, "OS_AUTH_URL=" + base + "\nOS_USERNAME=cloudgate\nOS_PASSWORD=secret\n");
        gateway = Gateway.create(CommandLine.parse(new String[] {"--port", "0", "--dns-port", "0", "--data-dir",
                directory.resolve("data").toString(), "--master-key-file", directory.resolve("master.key").toString(),
                "--backend", "openstack", "--openstack-config", config.toString()}, Map.of()), Clock.systemUTC());
        gateway.start();
        admin = gateway.firstAdminKey().orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        openStack.stop(0);
    }

    @Test
    void ec2CallsAreServedByTheOpenStackInTheCatalog() throws Exception {
        JsonNode tenant = admin("POST", "/_cloudgate/admin/accounts", "{\"name\":\"zones\"}");
        NOVA_TOKENS.clear();
        JsonNode zones = ec2(tenant, "Action=DescribeAvailabilityZones&Version=2016-11-15");
        assertThat(zones.get("status").asInt()).as(zones.toString()).isEqualTo(200);
        assertThat(zones.get("body").asText()).contains("<zoneName>nova</zoneName>");
        assertThat(NOVA_TOKENS).containsExactly("token-for-gateway-project");
    }

    @Test
    void anOperatorLinksATenantToAProjectThatServesNoOtherTenant() throws Exception {
        String first = admin("POST", "/_cloudgate/admin/accounts", "{\"name\":\"first\"}").get("accountId").asText();
        String second = admin("POST", "/_cloudgate/admin/accounts", "{\"name\":\"second\"}").get("accountId").asText();
        String path = "/_cloudgate/admin/accounts/" + first + "/openstack";
        assertThat(admin("GET", path, null).get("_status").asInt()).isEqualTo(404);

        JsonNode linked = admin("PUT", path, "{\"projectId\":\"acme-project\"}");
        assertThat(linked.get("_status").asInt()).isEqualTo(200);
        assertThat(admin("GET", path, null).get("projectId").asText()).isEqualTo("acme-project");

        JsonNode taken = admin("PUT", "/_cloudgate/admin/accounts/" + second + "/openstack",
                "{\"projectId\":\"acme-project\"}");
        assertThat(taken.get("_status").asInt()).isEqualTo(409);
        assertThat(taken.get("message").asText()).contains(first);

        JsonNode foreign = admin("PUT", path, "{\"projectId\":\"foreign-project\"}");
        assertThat(foreign.get("_status").asInt()).isEqualTo(400);
        assertThat(foreign.get("__type").asText()).isEqualTo("InvalidParameterValue");
        assertThat(admin("GET", path, null).get("projectId").asText()).isEqualTo("acme-project");
        assertThat(admin("PUT", path, "{\"projectId\":\"a/../b\"}").get("_status").asInt()).isEqualTo(400);
        assertThat(admin("PUT", "/_cloudgate/admin/accounts/999999999999/openstack",
                "{\"projectId\":\"other\"}").get("_status").asInt()).isEqualTo(404);

        assertThat(admin("DELETE", path, null).get("unlinked").asBoolean()).isTrue();
        assertThat(admin("GET", path, null).get("_status").asInt()).isEqualTo(404);
        JsonNode freed = admin("PUT", "/_cloudgate/admin/accounts/" + second + "/openstack",
                "{\"projectId\":\"acme-project\"}");
        assertThat(freed.get("_status").asInt()).isEqualTo(200);
    }

    /** Keystone's POST /v3/auth/tokens: a token named after its scope, with a catalog naming this server's Nova. */
    private static void token(HttpExchange exchange, String base) throws IOException {
        JsonNode project = JSON.readTree(exchange.getRequestBody()).path("auth").path("scope").path("project");
        String scope = project.has("id") ? project.get("id").asText() : "gateway-project";
        if (scope.equals("foreign-project")) {
            answer(exchange, 401, null, "{\"error\":{\"code\":401}}");
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode token = body.putObject("token").put("expires_at", Instant.now().plusSeconds(3600).toString());
        token.putObject("user").put("id", "gateway-user");
        token.putArray("catalog").addObject().put("type", "compute").putArray("endpoints").addObject()
                .put("interface", "public").put("region_id", "RegionOne").put("url", base + "/compute");
        answer(exchange, 201, "token-for-" + scope, body.toString());
    }

    private static void answer(HttpExchange exchange, int status, String subjectToken, String json)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (subjectToken != null) {
            exchange.getResponseHeaders().set("X-Subject-Token", subjectToken);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static JsonNode admin(String method, String path, String body) throws Exception {
        HttpResponse<String> response = signedCall(method, path, body == null ? "" : body, "application/json",
                "cloudgate", admin.record().accessKeyId(), admin.secretAccessKey());
        return ((ObjectNode) JSON.readTree(response.body())).put("_status", response.statusCode());
    }

    private static JsonNode ec2(JsonNode tenant, String form) throws Exception {
        HttpResponse<String> response = signedCall("POST", "/", form, "application/x-www-form-urlencoded; "
                + "charset=utf-8", "ec2", tenant.get("accessKeyId").asText(), tenant.get("secretAccessKey").asText());
        return JSON.createObjectNode().put("status", response.statusCode()).put("body", response.body());
    }

    private static HttpResponse<String> signedCall(String method, String path, String body, String contentType,
                                                   String service, String accessKeyId, String secret)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        URI uri = URI.create("http://127.0.0.1:" + gateway.port() + path);
        Map<String, String> headers = Signing.headers(method, uri, Map.of("Content-Type", contentType), bytes,
                service, accessKeyId, secret);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method,
                HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("host")) {
                request.header(name, value);
            }
        });
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
