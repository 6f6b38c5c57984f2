package io.cloudgate.compute.cloudstack;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudgate.compute.ComputeException;
import io.cloudgate.compute.ComputeException.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a new VPC and a new tier are made of, from the settings ({@link CloudStackSettings.VpcSettings}): the zone
 * (named, or the first advanced zone without security groups, the only kind where CloudStack has VPCs), the VPC
 * and tier offerings and the tiers' network ACL list, each looked up by name when it is needed.
 */
final class VpcPlacement {
    private final Backend backend;
    private final CloudStackSettings.VpcSettings settings;

    VpcPlacement(Backend backend) {
        this.backend = backend;
        this.settings = backend.settings.vpc();
    }

    /** Whether CloudStack can have VPCs in the zone: advanced networking without security groups. */
    static boolean supportsVpcs(JsonNode zone) {
        return "Advanced".equalsIgnoreCase(Fields.text(zone, "networktype")) && !Fields.bool(zone,
                "securitygroupsenabled");
    }

    JsonNode zone() {
        List<JsonNode> zones = Backend.guard("zone", backend.catalog::zones);
        if (settings.zone() != null) {
            JsonNode named = zones.stream().filter(z -> settings.zone().equals(Fields.text(z, "name"))).findFirst()
                    .orElseThrow(() -> new ComputeException(Kind.INVALID_ARGUMENT, "The zone configured for VPCs ("
                            + settings.zone() + ") does not exist"));
            if (!supportsVpcs(named)) {
                throw noVpcZone();
            }
            return named;
        }
        return zones.stream().filter(VpcPlacement::supportsVpcs).findFirst().orElseThrow(VpcPlacement::noVpcZone);
    }

    private static ComputeException noVpcZone() {
        return new ComputeException(Kind.INVALID_ARGUMENT, "This cloud has no zone with VPC support (an advanced"
                + " zone without security groups), so it cannot create VPCs");
    }

    String vpcOffering(String tenant) {
        return byNameOrId(backend.list(tenant, "listVPCOfferings", Map.of("name", settings.vpcOffering()),
                "vpcoffering", "VPC"), settings.vpcOffering())
                .orElseThrow(() -> missing("VPC offering", settings.vpcOffering()));
    }

    String tierOffering(String tenant) {
        return byNameOrId(backend.list(tenant, "listNetworkOfferings", Map.of("forvpc", "true", "name",
                settings.tierOffering()), "networkoffering", "subnet"), settings.tierOffering())
                .orElseThrow(() -> missing("network offering for VPC subnets", settings.tierOffering()));
    }

    /** The ACL list of new tiers: a default list (no VPC) or one of this VPC's. */
    String tierAcl(String tenant, String vpcId) {
        return backend.list(tenant, "listNetworkACLLists", Map.of("name", settings.tierAcl()), "networkacllist",
                        "subnet").stream()
                .filter(acl -> settings.tierAcl().equals(Fields.text(acl, "name")))
                .filter(acl -> Fields.text(acl, "vpcid") == null || vpcId.equals(Fields.text(acl, "vpcid")))
                .map(acl -> Fields.text(acl, "id")).findFirst()
                .orElseThrow(() -> missing("network ACL list", settings.tierAcl()));
    }

    /** Whether tiers are made open (default_allow): what the VPC's default group then shows. */
    boolean tiersAllowAll() {
        return "default_allow".equals(settings.tierAcl());
    }

    private static Optional<String> byNameOrId(List<JsonNode> items, String wanted) {
        return items.stream().filter(item -> wanted.equals(Fields.text(item, "name"))
                        || wanted.equals(Fields.text(item, "id")))
                .filter(item -> !"Disabled".equals(Fields.text(item, "state")))
                .map(item -> Fields.text(item, "id")).findFirst();
    }

    private static ComputeException missing(String what, String name) {
        return new ComputeException(Kind.INVALID_ARGUMENT, "The " + what + " '" + name + "' configured for VPCs"
                + " does not exist in this cloud");
    }
}
