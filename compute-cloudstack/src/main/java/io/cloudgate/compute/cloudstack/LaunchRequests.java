package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import io.cloudgate.compute.LaunchSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link LaunchSpec} into deployVirtualMachine parameters, checking at once what a client can get wrong
 * (type, image, zone, key, groups) so RunInstances fails synchronously rather than as a terminated machine.
 */
final class LaunchRequests {
    private final Backend backend;

    LaunchRequests(Backend backend) {
        this.backend = backend;
    }

    Map<String, String> deployParams(String account, LaunchSpec spec) {
        JsonNode zone = zone(account, spec);
        String zoneId = Fields.text(zone, "id");
        String offering = backend.types.offeringId(spec.machineType(), Backend.guard("instance type",
                        backend.catalog::offerings))
                .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The instance type is not offered"));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("zoneid", zoneId);
        params.put("templateid", image(account, spec.imageId()));
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
        return params;
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

    /** The template id when the account may launch it: a featured one or its own. */
    private String image(String account, String imageId) {
        boolean featured = Backend.guard("image", backend.catalog::templates).stream()
                .anyMatch(t -> imageId.equals(Fields.text(t, "id")));
        boolean own = !featured && backend.list(account, "listTemplates", Map.of("templatefilter", "self"),
                "template", "image").stream().anyMatch(t -> imageId.equals(Fields.text(t, "id")));
        if (!featured && !own) {
            throw ComputeException.notFound("The image");
        }
        return imageId;
    }
}
