package io.cloudgate.compute.openstack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.KeyPairs;
import io.cloudgate.store.TypedTable;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Key pairs live in the gateway's store: EC2 accepts any well-formed public key text, while Nova parses keys and
 * rejects ones it cannot read, and Nova keys belong to a user, not a project. A key reaches Nova only when a
 * machine is launched with it, as "project.name" (escaped to the characters Nova allows); a key Nova cannot parse
 * is recorded on the machine without being injected.
 */
final class OpenStackKeyPairs implements KeyPairs {
    private final Backend backend;
    private final TypedTable<KeyPair> keys;

    OpenStackKeyPairs(Backend backend, TypedTable<KeyPair> keys) {
        this.backend = backend;
        this.keys = keys;
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
        backend.project(account);
        KeyPair key = new KeyPair("key-" + UUID.randomUUID().toString().replace("-", "").substring(0, 17), account,
                name, publicKey, backend.clock.instant());
        if (!keys.putIfAbsent(account, name, key, null)) {
            throw new ComputeException(Kind.ALREADY_EXISTS, "The key pair '" + name + "' already exists");
        }
        return key;
    }

    @Override
    public List<KeyPair> list(String account) {
        return keys.scan(account, null, 5000);
    }

    @Override
    public void delete(String account, String name) {
        if (!keys.delete(account, name)) {
            throw ComputeException.notFound("Key pair " + name);
        }
        backend.api.delete("compute", backend.project(account), "/os-keypairs/" + encoded(novaName(
                backend.project(account), name)));
    }

    Optional<KeyPair> find(String account, String name) {
        return keys.get(account, name);
    }

    /** The Nova key pair to launch with, created from the stored key on first use; empty when Nova cannot parse it. */
    Optional<String> novaKeyFor(String account, KeyPair key) {
        String project = backend.project(account);
        String novaName = novaName(project, key.name());
        ApiResponse existing = backend.api.get("compute", project, "/os-keypairs/" + encoded(novaName));
        if (existing.ok()) {
            if (existing.body().path("keypair").path("public_key").asText().trim().equals(key.publicKey().trim())) {
                return Optional.of(novaName);
            }
            backend.api.delete("compute", project, "/os-keypairs/" + encoded(novaName));
        }
        ObjectNode body = backend.api.json().createObjectNode();
        body.putObject("keypair").put("name", novaName).put("public_key", key.publicKey()).put("type", "ssh");
        ApiResponse created = backend.api.post("compute", project, "/os-keypairs", body);
        if (created.status() == 400) {
            return Optional.empty();
        }
        if (created.status() != 409) {
            created.require("Key pair " + key.name());
        }
        return Optional.of(novaName);
    }

    private static String encoded(String novaName) {
        return java.net.URLEncoder.encode(novaName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
