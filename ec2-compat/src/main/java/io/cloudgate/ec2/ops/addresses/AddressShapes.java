package io.cloudgate.ec2.ops.addresses;

import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.TagSpecifications;
import java.util.Map;
import software.amazon.awssdk.services.ec2.model.Address;
import software.amazon.awssdk.services.ec2.model.DomainType;

/**
 * The cloud's public addresses as Elastic IPs: VPC domain, Amazon's pool, the region as border group. An
 * associated address names the instance, its network interface (the eni- id derived from the machine, as
 * the instances report it), the private address and the association.
 */
final class AddressShapes {
    static final String POOL = "amazon";

    private final Ec2Context ec2;
    private final AddressLookup lookup;

    AddressShapes(Ec2Context ec2, AddressLookup lookup) {
        this.ec2 = ec2;
        this.lookup = lookup;
    }

    Address address(String account, io.cloudgate.compute.Address address, Map<String, String> tags) {
        Address.Builder shape = Address.builder()
                .allocationId(lookup.allocationId(address))
                .publicIp(address.publicAddress())
                .domain(DomainType.VPC)
                .publicIpv4Pool(POOL)
                .networkBorderGroup(ec2.region())
                .tags(tags.isEmpty() ? null : TagSpecifications.toSdk(tags));
        if (address.machineId() != null) {
            shape.instanceId(ec2.ids().toAws(ResourceKind.INSTANCE, address.machineId()))
                    .associationId(lookup.associationId(address))
                    .networkInterfaceId(ec2.ids().toAws(ResourceKind.NETWORK_INTERFACE, address.machineId()))
                    .networkInterfaceOwnerId(account)
                    .privateIpAddress(address.privateAddress());
        }
        return shape.build();
    }
}
