package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keystone v3 password tokens, one per project scope, kept until shortly before they expire or until a service
 * answers 401 ({@link #forget}). Each token brings the catalog: public endpoints of the configured region.
 */
final class Keystone {
    /** A token and what came with it. */
    record Token(String value, Instant expiresAt, String userId, Map<String, String> endpoints) {
        String endpoint(String serviceType) {
            String url = endpoints.get(serviceType);
            if (url == null) {
                throw new ComputeException(Kind.UNAVAILABLE, "The cloud offers no " + serviceType + " service");
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    private static final Duration EARLY_RENEWAL = Duration.ofMinutes(5);

    private final OpenStackSettings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    Keystone(OpenStackSettings settings, HttpClient http, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    /** A token scoped to the project (by id), or to the settings' own project when projectId is null. */
    Token token(String projectId) {
        String key = projectId == null ? "" : projectId;
        Token current = tokens.get(key);
        if (current != null && clock.instant().isBefore(current.expiresAt().minus(EARLY_RENEWAL))) {
            return current;
        }
        Token fresh = authenticate(projectId);
        tokens.put(key, fresh);
        return fresh;
    }

    void forget(String projectId) {
        tokens.remove(projectId == null ? "" : projectId);
    }

    private Token authenticate(String projectId) {
        ObjectNode body = json.createObjectNode();
        ObjectNode identity = body.putObject("auth").putObject("identity");
        identity.putArray("methods").add("password");
        ObjectNode user = identity.putObject("password").putObject("user");
        user.put("name", settings.username()).put("password", settings.password());
        user.putObject("domain").put("name", settings.userDomain());
        ObjectNode project = body.with("auth").putObject("scope").putObject("project");
        if (projectId != null) {
            project.put("id", projectId);
        } else {
            project.put("name", settings.project());
            project.putObject("domain").put("name", settings.projectDomain());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(settings.authUrl() + "/auth/tokens"))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ComputeException(Kind.UNAVAILABLE, "Keystone is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComputeException(Kind.UNAVAILABLE, "Interrupted while signing in to Keystone");
        }
        if (response.statusCode() != 201) {
            throw new ComputeException(Kind.UNAVAILABLE, "Keystone refused the gateway's credentials (HTTP "
                    + response.statusCode() + ")");
        }
        try {
            JsonNode token = json.readTree(response.body()).path("token");
            return new Token(response.headers().firstValue("X-Subject-Token").orElseThrow(),
                    Instant.parse(token.path("expires_at").asText()), token.path("user").path("id").asText(),
                    endpoints(token.path("catalog")));
        } catch (IOException | RuntimeException e) {
            throw new ComputeException(Kind.UNAVAILABLE, "Keystone answered an unreadable token: " + e.getMessage());
        }
    }

    private Map<String, String> endpoints(JsonNode catalog) {
        Map<String, String> endpoints = new HashMap<>();
        for (JsonNode service : catalog) {
            for (JsonNode endpoint : service.path("endpoints")) {
                if ("public".equals(endpoint.path("interface").asText())
                        && settings.region().equals(endpoint.path("region_id").asText(settings.region()))) {
                    endpoints.put(service.path("type").asText(), endpoint.path("url").asText());
                }
            }
        }
        return endpoints;
    }
}
