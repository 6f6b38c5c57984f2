package io.cloudgate.dns.powerdns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.cloudgate.dns.DnsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * The PowerDNS HTTP API (v1) over the JDK client. Failures to reach the server, and answers that say the server
 * itself is broken or refuses our key, become {@link DnsException.Kind#UNAVAILABLE}; every other answer is
 * returned for the caller to interpret. PowerDNS's own error text goes to the log and into exception causes,
 * never into exception messages, which may reach tenants.
 */
final class PowerDnsApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PowerDnsApi.class);
    private static final String SERVER = "/api/v1/servers/localhost";
    static final String UNAVAILABLE_MESSAGE = "The DNS service is unavailable; try again later";

    /** One API answer; {@code body} is a missing node when the answer had none. */
    record Response(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** The error text PowerDNS put in the answer, for logs and causes only. */
        String errorText() {
            return body.path("error").asText("HTTP " + status);
        }

        /** An exception carrying PowerDNS's answer, to be used as a cause. */
        IOException asCause(String what) {
            return new IOException("PowerDNS answered " + what + " with " + status + ": " + errorText());
        }
    }

    private final PowerDnsSettings settings;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    PowerDnsApi(PowerDnsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Response server() {
        return send("GET", SERVER, null);
    }

    Response zone(String zoneName, boolean withRecords) {
        return send("GET", zonePath(zoneName) + (withRecords ? "" : "?rrsets=false"), null);
    }

    Response createZone(JsonNode zone) {
        return send("POST", SERVER + "/zones", zone);
    }

    Response patchZone(String zoneName, JsonNode rrsets) {
        return send("PATCH", zonePath(zoneName), rrsets);
    }

    Response deleteZone(String zoneName) {
        return send("DELETE", zonePath(zoneName), null);
    }

    ObjectMapper json() {
        return json;
    }

    private static String zonePath(String zoneName) {
        return SERVER + "/zones/" + zoneId(zoneName);
    }

    /**
     * PowerDNS's zone id: the name with every byte other than a letter, digit, '.' or '-' written as {@code =XX}.
     */
    static String zoneId(String zoneName) {
        StringBuilder id = new StringBuilder();
        for (byte b : zoneName.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                id.append(c);
            } else {
                id.append('=').append(String.format("%02X", b & 0xff));
            }
        }
        return id.toString();
    }

    private Response send(String method, String path, JsonNode body) {
        String what = method + " " + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.apiUrl() + path))
                .timeout(settings.requestTimeout())
                .header("X-API-Key", settings.apiKey())
                .header("Accept", "application/json");
        try {
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Response response = new Response(answer.statusCode(), parse(answer.body()));
            if (response.status() == 401 || response.status() == 403 || response.status() >= 500) {
                IOException cause = response.asCause(what);
                LOG.warn("PowerDNS cannot serve requests: {}", cause.getMessage());
                throw new DnsException(DnsException.Kind.UNAVAILABLE, UNAVAILABLE_MESSAGE, cause);
            }
            if (!response.ok()) {
                LOG.debug("PowerDNS refused {}: {} {}", what, response.status(), response.errorText());
            }
            return response;
        } catch (IOException e) {
            LOG.warn("PowerDNS unreachable at {} ({}): {}", settings.apiUrl(), what, e.toString());
            throw new DnsException(DnsException.Kind.UNAVAILABLE, UNAVAILABLE_MESSAGE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DnsException(DnsException.Kind.UNAVAILABLE, UNAVAILABLE_MESSAGE, e);
        }
    }

    /** PowerDNS sometimes answers errors in plain text ("Not Found"); those become a body with an error field. */
    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (IOException notJson) {
            return json.createObjectNode().put("error", text.strip());
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
