package io.cloudgate.compute;

import java.time.Instant;

/** A named SSH public key machines can be launched with. */
public record KeyPair(String id, String owner, String name, String publicKey, Instant createdAt) {
}
