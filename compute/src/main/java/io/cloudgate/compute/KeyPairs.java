package io.cloudgate.compute;

import java.util.List;

/** SSH public keys; generating keys and fingerprints is the caller's business, the cloud only stores public keys. */
public interface KeyPairs {
    /** Throws ALREADY_EXISTS when the account has a key of that name. */
    KeyPair register(String account, String name, String publicKey);

    List<KeyPair> list(String account);

    void delete(String account, String name);
}
