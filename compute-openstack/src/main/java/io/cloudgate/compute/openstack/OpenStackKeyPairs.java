package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.KeyPairs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Nova key pairs belong to a user, not a project, and the gateway signs in as one user for every tenant: each
 * tenant's keys are stored as "project.name", the name escaped to the characters Nova allows.
 */
final class OpenStackKeyPairs implements KeyPairs {
    private final Backend backend;

    OpenStackKeyPairs(Backend backend) {
        this.backend = backend;
    }

    static String novaName(String projectId, String name) {
        StringBuilder escaped = new StringBuilder(projectId).append('.');
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_' || c == ' ') {
                escaped.append(c);
            } else {
                escaped.append('@').append(HexFormat.of().toHexDigits(b));
            }
        }
        return escaped.toString();
    }

    @Override
    public KeyPair register(String account, String name, String publicKey) {
        String project = backend.project(account);
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("keypair").put("name", novaName(project, name)).put("public_key", publicKey)
                .put("type", "ssh");
        ApiResponse response = backend.api.post("compute", project, "/os-keypairs", body);
        if (response.status() == 409) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "The key pair '" + name + "' already exists");
        }
        JsonNode key = response.require("Key pair " + name).body().path("keypair");
        return new KeyPair(key.path("fingerprint").asText(), account, name, publicKey, Instant.now());
    }

    @Override
    public List<KeyPair> list(String account) {
        String project = backend.project(account);
        String prefix = project + ".";
        List<KeyPair> keys = new ArrayList<>();
        for (JsonNode entry : backend.api.get("compute", project, "/os-keypairs").require("Key pairs").body()
                .path("keypairs")) {
            JsonNode key = entry.path("keypair");
            String novaName = key.path("name").asText();
            if (novaName.startsWith(prefix)) {
                keys.add(new KeyPair(key.path("fingerprint").asText(), account, unescape(novaName.substring(
                        prefix.length())), key.path("public_key").asText(), null));
            }
        }
        return keys;
    }

    @Override
    public void delete(String account, String name) {
        ApiResponse response = backend.api.delete("compute", backend.project(account), "/os-keypairs/"
                + java.net.URLEncoder.encode(novaName(backend.project(account), name), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        response.require("Key pair " + name);
    }

    boolean exists(String account, String name) {
        return list(account).stream().anyMatch(key -> key.name().equals(name));
    }

    private static String unescape(String escaped) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '@' && i + 2 < escaped.length()) {
                bytes.write(HexFormat.fromHexDigits(escaped, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
