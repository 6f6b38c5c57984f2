package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.DiskSpec;
import io.cloudgate.compute.LaunchSpec;
import io.cloudgate.compute.MachineType;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link LaunchSpec} into deployVirtualMachine parameters, checking at once what a client can get wrong
 * (type, image and its architecture, zone, subnet, key, groups, disks) so RunInstances fails synchronously rather
 * than as a terminated machine. A launch into a VPC tier sends no security group and asks for the tier's first
 * free address ({@link TierAddresses}).
 */
final class LaunchRequests {
    /**
     * The parameters, the one data disk the deploy creates (null when none), and where the machine will be: its
     * network and subnet ids and the groups it is shown in (null: the account's default group, as CloudStack gives).
     */
    record Launch(Map<String, String> params, DiskSpec dataDisk, String networkId, String subnetId,
                  List<String> groups) {
    }

    private final Backend backend;
    private final TierAddresses tierAddresses;

    LaunchRequests(Backend backend) {
        this.backend = backend;
        this.tierAddresses = new TierAddresses(backend);
    }

    Launch deployParams(String account, LaunchSpec spec) {
        JsonNode network = isolatedNetwork(account, spec);
        JsonNode zone = network != null ? zoneOf(network) : zone(account, spec);
        List<JsonNode> offerings = Backend.guard("instance type", backend.catalog::offerings);
        String offering = backend.types.offeringId(spec.machineType(), offerings)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The instance type is not offered"));
        MachineType type = backend.types.types(offerings).stream().filter(t -> t.name().equals(spec.machineType()))
                .findFirst().orElseThrow();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("zoneid", Fields.text(zone, "id"));
        params.put("templateid", image(account, spec.imageId(), type));
        params.put("serviceofferingid", offering);
        List<String> groups = spec.securityGroupIds() == null ? List.of() : spec.securityGroupIds();
        String vpcId = network == null ? null : Fields.text(network, "vpcid");
        List<String> shownGroups = null;
        if (vpcId != null) {
            shownGroups = vpcGroups(vpcId, groups);
        } else if (!groups.isEmpty()) {
            List<JsonNode> known = backend.list(account, "listSecurityGroups", Map.of(), "securitygroup",
                    "security group");
            for (String group : groups) {
                if (known.stream().noneMatch(g -> group.equals(Fields.text(g, "id")))) {
                    throw ComputeException.notFound("The security group");
                }
            }
            params.put("securitygroupids", String.join(",", groups));
        }
        if (spec.keyName() != null) {
            List<JsonNode> keys = backend.list(account, "listSSHKeyPairs", Map.of(), "sshkeypair", "key pair");
            if (keys.stream().noneMatch(k -> spec.keyName().equals(Fields.text(k, "name")))) {
                throw ComputeException.notFound("The key pair");
            }
            params.put("keypair", spec.keyName());
        }
        if (spec.userData() != null && spec.userData().length > 0) {
            params.put("userdata", Base64.getEncoder().encodeToString(spec.userData()));
        }
        if (network != null) {
            params.put("networkids", Fields.text(network, "id"));
        }
        if (spec.privateAddress() != null) {
            params.put("ipaddress", spec.privateAddress());
        } else if (vpcId != null) {
            params.put("ipaddress", tierAddresses.firstFree(account, network));
        }
        String zoneId = Fields.text(zone, "id");
        String subnetId = network == null ? DefaultNetwork.subnetId(account, zoneId) : Fields.text(network, "id");
        String networkId = network == null ? DefaultNetwork.networkId(account) : vpcId != null ? vpcId : subnetId;
        return new Launch(params, disks(spec, params), networkId, subnetId, shownGroups);
    }

    /**
     * A launch into a VPC tier may only name the VPC's default group, which CloudStack does not apply (network ACLs
     * filter tiers), so no group is sent; the machine is shown in that group.
     */
    private static List<String> vpcGroups(String vpcId, List<String> groups) {
        String defaultGroup = VpcDefaultGroups.groupId(vpcId);
        if (groups.stream().anyMatch(g -> !g.equals(defaultGroup))) {
            throw VpcDefaultGroups.aclsOnly();
        }
        return List.of(defaultGroup);
    }

    /** The isolated network (a VPC tier, or a network of its own) the spec's subnet names; null for default subnets. */
    private JsonNode isolatedNetwork(String account, LaunchSpec spec) {
        if (spec.subnetId() == null || DefaultNetwork.zoneOfSubnet(account, spec.subnetId()) != null) {
            return null;
        }
        return backend.list(account, "listNetworks", Map.of("type", "Isolated"), "network", "subnet")
                .stream().filter(n -> spec.subnetId().equals(Fields.text(n, "id"))).findFirst()
                .orElseThrow(() -> ComputeException.notFound("The subnet"));
    }

    private JsonNode zoneOf(JsonNode network) {
        return Backend.guard("zone", () -> backend.catalog.zoneById(Fields.text(network, "zoneid")))
                .orElseThrow(() -> ComputeException.notFound("The subnet"));
    }

    String zoneName(String zoneId) {
        return Backend.guard("zone", () -> backend.catalog.zoneById(zoneId)).map(z -> Fields.text(z, "name"))
                .orElse(null);
    }

    private JsonNode zone(String account, LaunchSpec spec) {
        String zoneOfSubnet = DefaultNetwork.zoneOfSubnet(account, spec.subnetId());
        if (zoneOfSubnet != null) {
            return Backend.guard("zone", () -> backend.catalog.zoneById(zoneOfSubnet))
                    .orElseThrow(() -> ComputeException.notFound("The subnet"));
        }
        String name = spec.zone() != null ? spec.zone() : backend.settings.defaultZone();
        List<JsonNode> zones = Backend.guard("zone", backend.catalog::zones);
        if (name == null) {
            return zones.stream().findFirst().orElseThrow(() -> new ComputeException(Kind.UNAVAILABLE,
                    "The cloud offers no zone"));
        }
        return zones.stream().filter(z -> name.equals(Fields.text(z, "name"))).findFirst()
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The availability zone is not offered"));
    }

    /** The template id when the account may launch it on the type: one it can see, of an architecture it runs. */
    private String image(String account, String imageId, MachineType type) {
        String templateId = backend.imageIds.toCloudStack(imageId)
                .orElseThrow(() -> new ComputeException(Kind.INVALID_STATE, "The image is still being made"));
        JsonNode template = backend.templates.find(account, templateId)
                .orElseThrow(() -> ComputeException.notFound("The image")).template();
        String architecture = TemplateToImage.apply(template, null).architecture();
        if (!type.architectures().contains(architecture)) {
            throw new ComputeException(Kind.INVALID_ARGUMENT, "The instance type does not run the image's"
                    + " architecture");
        }
        return templateId;
    }

    /**
     * The root disk may be given a size; one data disk (empty, of a volume type) is created by the deploy itself.
     * CloudStack makes no more than that at launch.
     */
    private DiskSpec disks(LaunchSpec spec, Map<String, String> params) {
        DiskSpec data = null;
        for (DiskSpec disk : spec.disks() == null ? List.<DiskSpec>of() : spec.disks()) {
            if (disk.deviceName().equals(Devices.ROOT)) {
                if (disk.sizeGib() > 0) {
                    params.put("rootdisksize", Integer.toString(disk.sizeGib()));
                }
                continue;
            }
            if (data != null || disk.snapshotId() != null || disk.sizeGib() < 1) {
                throw new ComputeException(Kind.INVALID_ARGUMENT, "This cloud creates one empty data volume at"
                        + " launch; attach others once the instance exists");
            }
            JsonNode offering = backend.volumeTypes.offering(disk.volumeType(),
                    Backend.guard("volume type", backend.catalog::diskOfferings))
                    .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The volume type is not offered"));
            params.put("diskofferingid", Fields.text(offering, "id"));
            params.put("size", Integer.toString(disk.sizeGib()));
            data = disk;
        }
        return data;
    }
}
