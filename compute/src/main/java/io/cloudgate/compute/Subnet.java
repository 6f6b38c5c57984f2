package io.cloudgate.compute;

/** An address range of a network in one zone; machines get their private address from it. */
public record Subnet(String id, String owner, String networkId, String cidr, String zone, boolean isDefault,
                     int availableAddresses, String state) {
}
