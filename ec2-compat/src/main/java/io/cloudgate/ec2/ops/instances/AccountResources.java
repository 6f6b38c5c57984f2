package io.cloudgate.ec2.ops.instances;

import io.cloudgate.compute.Address;
import io.cloudgate.compute.Image;
import io.cloudgate.compute.MachineType;
import io.cloudgate.compute.Network;
import io.cloudgate.compute.SecurityGroup;
import io.cloudgate.ec2.core.Ec2Context;
import io.cloudgate.ec2.core.ResourceKind;
import io.cloudgate.ec2.core.ZoneIds;
import io.cloudgate.ec2.ops.network.vpcs.VpcAttributes;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The resources instances refer to (images, networks, groups, types) and their AWS ids, looked up once per
 * request: a page of a thousand instances mostly shares a handful of each.
 */
final class AccountResources {
    private final Ec2Context context;
    private final String account;
    private final Map<ResourceKind, Map<String, String>> awsIds = new EnumMap<>(ResourceKind.class);
    private final Map<String, Optional<Image>> images = new HashMap<>();
    private final Map<String, Optional<Network>> networks = new HashMap<>();
    private final Map<String, Optional<SecurityGroup>> groups = new HashMap<>();
    private final Map<String, Boolean> dnsHostnames = new HashMap<>();
    private Map<String, MachineType> types;
    private Map<String, String> zoneIds;
    private Map<String, Address> elasticByMachine;

    AccountResources(Ec2Context context, String account) {
        this.context = context;
        this.account = account;
    }

    String account() {
        return account;
    }

    String region() {
        return context.region();
    }

    /** The AWS id of a backend resource; null for null. */
    String awsId(ResourceKind kind, String backendId) {
        if (backendId == null) {
            return null;
        }
        return awsIds.computeIfAbsent(kind, k -> new HashMap<>())
                .computeIfAbsent(backendId, id -> context.ids().toAws(kind, id));
    }

    Optional<Image> image(String imageId) {
        return images.computeIfAbsent(imageId, id -> context.compute().images().find(account, id));
    }

    Optional<Network> network(String networkId) {
        return networks.computeIfAbsent(networkId, id -> context.compute().networks().find(account, id));
    }

    /** Whether the network gives public DNS names (the VPC's enableDnsHostnames attribute). */
    boolean dnsHostnames(String networkId) {
        return dnsHostnames.computeIfAbsent(networkId, id -> network(id)
                .map(network -> new VpcAttributes(context.store())
                        .of(account, awsId(ResourceKind.VPC, id), network.isDefault()).enableDnsHostnames())
                .orElse(false));
    }

    /** The zone id ("use1-az1") DescribeAvailabilityZones gives the zone. */
    String zoneId(String zone) {
        if (zoneIds == null) {
            zoneIds = ZoneIds.byZoneName(context.compute().zones().list(), context.region());
        }
        return zoneIds.get(zone);
    }

    /** The account's allocated (elastic) address associated with the machine, if any. */
    Optional<Address> elasticAddress(String machineId) {
        if (elasticByMachine == null) {
            elasticByMachine = new HashMap<>();
            context.compute().addresses().list(account).stream().filter(address -> address.machineId() != null)
                    .forEach(address -> elasticByMachine.put(address.machineId(), address));
        }
        return Optional.ofNullable(elasticByMachine.get(machineId));
    }

    Optional<SecurityGroup> group(String groupId) {
        return groups.computeIfAbsent(groupId, id -> context.compute().securityGroups().find(account, id));
    }

    Optional<MachineType> type(String name) {
        if (types == null) {
            types = new HashMap<>();
            context.compute().machineTypes().list().forEach(type -> types.put(type.name(), type));
        }
        return Optional.ofNullable(types.get(name));
    }
}
