package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.KeyPair;

/**
 * A CloudStack {@code sshkeypair} as a port {@link KeyPair}. CloudStack lists only the fingerprint, not the public
 * key, so the key is the one registered when the answer carries it and null otherwise.
 */
final class SshKeyPairToKeyPair {
    private SshKeyPairToKeyPair() {
    }

    static KeyPair apply(JsonNode keyPair, String owner) {
        return new KeyPair(Fields.text(keyPair, "id"), owner, Fields.text(keyPair, "name"),
                Fields.text(keyPair, "publickey"), Fields.instant(keyPair, "created"));
    }
}
