package io.cloudgate.cloudstack.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One exchange recorded from a CloudStack management server: the parameters sent (apiKey and signature left
 * out), the HTTP status and the body. Loaded from the test classpath, e.g. {@code recordings/errors/001-x.json}.
 */
public record Recording(String name, String command, Map<String, String> params, int status, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Recording load(String resource) {
        try (InputStream in = Recording.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No recording " + resource);
            }
            JsonNode node = JSON.readTree(in);
            Map<String, String> params = new LinkedHashMap<>();
            node.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
            return new Recording(resource, node.get("command").asText(), params, node.get("http_status").asInt(),
                    JSON.writeValueAsString(node.get("response")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same exchange with extra expected parameters (e.g. account and domainid of an acting admin). */
    public Recording withParams(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.putAll(extra);
        return new Recording(name, command, all, status, body);
    }

    public JsonNode response() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
