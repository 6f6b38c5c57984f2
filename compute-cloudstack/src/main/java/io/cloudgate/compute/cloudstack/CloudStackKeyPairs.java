package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.KeyPairs;
import java.util.List;
import java.util.Map;

/** SSH key pairs: registerSSHKeyPair, listSSHKeyPairs, deleteSSHKeyPair (all synchronous). */
final class CloudStackKeyPairs implements KeyPairs {
    private static final String WHAT = "key pair";
    private final Backend backend;

    CloudStackKeyPairs(Backend backend) {
        this.backend = backend;
    }

    @Override
    public KeyPair register(String account, String name, String publicKey) {
        JsonNode answer = backend.call(account, "registerSSHKeyPair", Map.of("name", name, "publickey", publicKey),
                WHAT);
        JsonNode keyPair = answer.path("keypair");
        KeyPair mapped = SshKeyPairToKeyPair.apply(keyPair, account);
        return new KeyPair(mapped.id(), account, mapped.name(), publicKey,
                mapped.createdAt() == null ? backend.clock.instant() : mapped.createdAt());
    }

    @Override
    public List<KeyPair> list(String account) {
        return backend.list(account, "listSSHKeyPairs", Map.of(), "sshkeypair", WHAT).stream()
                .map(k -> SshKeyPairToKeyPair.apply(k, account)).toList();
    }

    @Override
    public void delete(String account, String name) {
        backend.call(account, "deleteSSHKeyPair", Map.of("name", name), WHAT);
    }
}
