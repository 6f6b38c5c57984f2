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
 * than as a terminated machine.
 */
final class LaunchRequests {
    /** The parameters, and the one data disk the deploy creates (null when none). */
    record Launch(Map<String, String> params, DiskSpec dataDisk) {
    }

    private final Backend backend;

    LaunchRequests(Backend backend) {
        this.backend = backend;
    }

    Launch deployParams(String account, LaunchSpec spec) {
        JsonNode zone = zone(account, spec);
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
        if (!groups.isEmpty()) {
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
        if (spec.subnetId() != null && DefaultNetwork.zoneOfSubnet(account, spec.subnetId()) == null) {
            params.put("networkids", spec.subnetId());
        }
        if (spec.privateAddress() != null) {
            params.put("ipaddress", spec.privateAddress());
        }
        return new Launch(params, disks(spec, params));
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
        if (spec.subnetId() != null) {
            JsonNode network = backend.list(account, "listNetworks", Map.of("type", "Isolated"), "network", "subnet")
                    .stream().filter(n -> spec.subnetId().equals(Fields.text(n, "id"))).findFirst()
                    .orElseThrow(() -> ComputeException.notFound("The subnet"));
            return Backend.guard("zone", () -> backend.catalog.zoneById(Fields.text(network, "zoneid")))
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
