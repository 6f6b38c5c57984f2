package io.cloudgate.compute;

import java.util.List;
import java.util.Optional;

public interface Networks {
    /** The account's default network with one default subnet per zone, created on first use. */
    Network defaultNetwork(String account);

    List<Network> list(String account);

    Optional<Network> find(String account, String networkId);

    Network create(String account, String cidr);

    /** Throws IN_USE while the network has subnets (other than none) or machines. */
    void delete(String account, String networkId);

    List<Subnet> subnets(String account);

    Optional<Subnet> findSubnet(String account, String subnetId);

    /** Throws INVALID_ARGUMENT when the CIDR is outside the network or overlaps another subnet. */
    Subnet createSubnet(String account, String networkId, String cidr, String zone);

    /** Throws IN_USE while machines use the subnet. */
    void deleteSubnet(String account, String subnetId);
}
