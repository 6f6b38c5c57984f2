package io.cloudgate.compute;

/** A public address held by an account, optionally mapped to a machine's private address. */
public record Address(String id, String owner, String publicAddress, String machineId, String privateAddress) {
}
