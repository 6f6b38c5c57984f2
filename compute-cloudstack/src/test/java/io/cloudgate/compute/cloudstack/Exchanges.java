package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.cloudstack.client.Recording;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exchanges derived from recordings where the adapter asks a little differently from the recorder: a recorded
 * request without some parameters, or a list answer made of objects taken from recorded answers (same shapes).
 */
final class Exchanges {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Exchanges() {
    }

    static Recording without(String resource, String... names) {
        Recording recording = Recording.load(resource);
        Map<String, String> params = new LinkedHashMap<>(recording.params());
        for (String name : names) {
            params.remove(name);
        }
        return new Recording(recording.name(), recording.command(), params, recording.status(), recording.body());
    }

    /** A recorded request answered with another recording's body (e.g. the VM as listed after a later step). */
    static Recording answeredBy(String request, String answer) {
        Recording asked = Recording.load(request);
        return new Recording(request + " answered by " + answer, asked.command(), asked.params(), asked.status(),
                Recording.load(answer).body());
    }

    /**
     * A list command answered with the given objects, e.g. the key pair a recorded registerSSHKeyPair returned.
     *
     * @param params the parameters besides command and response
     */
    static Recording list(String command, Map<String, String> params, String array, JsonNode... items) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("command", command);
        all.put("response", "json");
        ArrayNode values = JSON.createArrayNode();
        for (JsonNode item : items) {
            values.add(item);
        }
        ObjectNode inner = JSON.createObjectNode();
        if (items.length > 0) {
            inner.put("count", items.length).set(array, values);
        }
        ObjectNode body = JSON.createObjectNode().set(command.toLowerCase() + "response", inner);
        return new Recording(command + " (built from recorded objects)", command, all, 200, body.toString());
    }

    /**
     * The object of a recorded answer at the given path (names, or digits for an array index), e.g.
     * {@code keypair} of a registerSSHKeyPair answer.
     */
    static JsonNode object(String resource, String... path) {
        JsonNode node = Recording.load(resource).response();
        node = node.elements().next();
        for (String name : path) {
            node = name.chars().allMatch(Character::isDigit) ? node.path(Integer.parseInt(name)) : node.path(name);
        }
        return node;
    }
}
