package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.KeyPair;
import io.cloudgate.compute.KeyPairs;
import java.util.List;
import java.util.Map;

/**
 * SSH key pairs: registerSSHKeyPair, listSSHKeyPairs, deleteSSHKeyPair (all synchronous). CloudStack lists only
 * fingerprints, so the public keys registered through the gateway are kept beside (see {@link KeyMaterial}).
 */
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
        backend.keys.remember(account, name, publicKey, backend.clock.instant());
        KeyPair mapped = SshKeyPairToKeyPair.apply(answer.path("keypair"), account);
        return withMaterial(account, mapped);
    }

    @Override
    public List<KeyPair> list(String account) {
        return backend.list(account, "listSSHKeyPairs", Map.of(), "sshkeypair", WHAT).stream()
                .map(k -> withMaterial(account, SshKeyPairToKeyPair.apply(k, account))).toList();
    }

    private KeyPair withMaterial(String account, KeyPair key) {
        return backend.keys.of(account, key.name()).map(material -> new KeyPair(key.id(), account, key.name(),
                material.key(), material.registeredAt())).orElse(key);
    }

    @Override
    public void delete(String account, String name) {
        backend.call(account, "deleteSSHKeyPair", Map.of("name", name), WHAT);
        backend.keys.forget(account, name);
    }
}
