package io.cloudgate.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.cloudgate.identity.IssuedKey;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A gateway started with {@code --backend cloudstack}: the operator links tenants to CloudStack accounts through
 * the admin API, a linked tenant's EC2 calls act in its CloudStack account, an unlinked one gets an AWS error.
 * The CloudStack is a local HTTP server recording the queries it gets and answering with no key pairs.
 */
class CloudStackBackendTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, String>> CLOUDSTACK_QUERIES = new CopyOnWriteArrayList<>();
    private static HttpServer cloudStack;
    private static Gateway gateway;
    private static IssuedKey admin;

    @BeforeAll
    static void start() throws Exception {
        cloudStack = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudStack.createContext("/client/api", exchange -> {
            CLOUDSTACK_QUERIES.add(query(exchange.getRequestURI().getRawQuery()));
            byte[] body = "{\"listsshkeypairsresponse\":{}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        cloudStack.start();
        Path config = Files.createTempFile("cloudstack", ".properties");
        Files.writeString(config, "endpoint=http://127.0.0.1:" + cloudStack.getAddress().getPort() + "/client/api\n"
                + "apiKey=test-api-key\nsecretKey=test-secret\ninstanceType.t3.micro=Small Instance\n");
        Path directory = Files.createTempDirectory("gateway-cloudstack");
        // Without the probe services, which would answer EC2 in place of the real EC2 service.
        gateway = Gateway.create(CommandLine.parse(new String[] {"--port", "0", "--dns-port", "0", "--data-dir",
                directory.resolve("data").toString(), "--master-key-file", directory.resolve("master.key").toString(),
                "--backend", "cloudstack", "--cloudstack-config", config.toString()}, Map.of()), Clock.systemUTC());
        gateway.start();
        admin = gateway.firstAdminKey().orElseThrow();
    }

    @AfterAll
    static void stop() throws Exception {
        gateway.close();
        cloudStack.stop(0);
    }

    @Test
    void anOperatorLinksATenantAndItsCallsActInThatCloudStackAccount() throws Exception {
        JsonNode tenant = admin("POST", "/_cloudgate/admin/accounts", "{\"name\":\"acme\"}");
        String accountId = tenant.get("accountId").asText();
        String path = "/_cloudgate/admin/accounts/" + accountId + "/cloudstack";

        CLOUDSTACK_QUERIES.clear();
        JsonNode unlinked = ec2(tenant, "Action=DescribeKeyPairs&Version=2016-11-15");
        assertThat(unlinked.get("status").asInt()).isEqualTo(503);
        assertThat(unlinked.get("body").asText()).contains("<Code>Unavailable</Code>");
        assertThat(unlinked.get("body").asText()).doesNotContain("CloudStack").doesNotContain("Exception");
        assertThat(CLOUDSTACK_QUERIES).isEmpty();

        JsonNode linked = admin("PUT", path, "{\"account\":\"acme-cs\",\"domainId\":\"dom-1\"}");
        assertThat(linked.get("account").asText()).isEqualTo("acme-cs");
        assertThat(admin("GET", path, null).get("domainId").asText()).isEqualTo("dom-1");

        CLOUDSTACK_QUERIES.clear();
        JsonNode described = ec2(tenant, "Action=DescribeKeyPairs&Version=2016-11-15");
        assertThat(described.toString()).contains("\"status\":200");
        assertThat(CLOUDSTACK_QUERIES).singleElement().satisfies(query -> assertThat(query)
                .containsEntry("command", "listSSHKeyPairs").containsEntry("account", "acme-cs")
                .containsEntry("domainid", "dom-1").containsEntry("apikey", "test-api-key")
                .containsKey("signature"));

        assertThat(admin("DELETE", path, null).get("unlinked").asBoolean()).isTrue();
        assertThat(admin("GET", path, null).get("_status").asInt()).isEqualTo(404);
    }

    @Test
    void aCloudStackAccountServesOneTenantOnly() throws Exception {
        String first = admin("POST", "/_cloudgate/admin/accounts", "{\"name\":\"first\"}").get("accountId").asText();
        String second = admin("POST", "/_cloudgate/admin/accounts", "{\"name\":\"second\"}").get("accountId").asText();
        String link = "{\"account\":\"shared\",\"domainId\":\"dom-2\"}";
        assertThat(admin("PUT", "/_cloudgate/admin/accounts/" + first + "/cloudstack", link).get("_status").asInt())
                .isEqualTo(200);
        JsonNode refused = admin("PUT", "/_cloudgate/admin/accounts/" + second + "/cloudstack", link);
        assertThat(refused.get("_status").asInt()).isEqualTo(409);
        assertThat(refused.get("message").asText()).contains(first);

        JsonNode malformed = admin("PUT", "/_cloudgate/admin/accounts/" + second + "/cloudstack",
                "{\"account\":\"a/../b\",\"domainId\":\"dom-2\"}");
        assertThat(malformed.get("_status").asInt()).isEqualTo(400);
        assertThat(admin("PUT", "/_cloudgate/admin/accounts/999999999999/cloudstack", link).get("_status").asInt())
                .isEqualTo(404);
    }

    private static JsonNode admin(String method, String path, String body) throws Exception {
        return signedCall(method, path, body == null ? "" : body, "application/json", "cloudgate",
                admin.record().accessKeyId(), admin.secretAccessKey(), true);
    }

    private static JsonNode ec2(JsonNode tenant, String form) throws Exception {
        return signedCall("POST", "/", form, "application/x-www-form-urlencoded; charset=utf-8", "ec2",
                tenant.get("accessKeyId").asText(), tenant.get("secretAccessKey").asText(), false);
    }

    /** Sends a SigV4-signed request; a JSON answer is returned with "_status", any other as {status, body}. */
    private static JsonNode signedCall(String method, String path, String body, String contentType, String service,
                                       String accessKeyId, String secret, boolean jsonAnswer) throws Exception {
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
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newHttpClient()) {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        if (jsonAnswer) {
            return ((com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(response.body()))
                    .put("_status", response.statusCode());
        }
        return JSON.createObjectNode().put("status", response.statusCode()).put("body", response.body());
    }

    private static Map<String, String> query(String raw) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).toLowerCase(),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
