package io.cloudgate.compute.cloudstack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Account;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Tier;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Vpc;
import io.cloudgate.compute.cloudstack.fake.FakeEntities.Zone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * VPCs and their tiers in the zones without security groups: the recorded offerings and default ACL lists,
 * createVPC (a job starting the VPC router), createNetwork of a tier (synchronous), deleteNetwork and deleteVPC
 * (short jobs), refused as VpcManagerImpl refuses: a tier outside its VPC or crossing another tier, a VPC that still
 * has tiers; a tier with VMs fails its delete job as NetworkOrchestrator fails it.
 */
final class FakeVpcCommands {
    private static final String CMD = "org.apache.cloudstack.api.command.";

    private final FakeState state;
    private final FakeCatalogCommands catalog;
    private final ObjectNode vpcOffering = Recorded.VPC_OFFERING.copy();
    private final ObjectNode tierOffering = Recorded.TIER_OFFERING.copy();
    private final List<ObjectNode> aclLists = new ArrayList<>();

    FakeVpcCommands(FakeState state) {
        this.state = state;
        this.catalog = new FakeCatalogCommands(state);
        Recorded.ACL_LISTS.copy().path("networkacllist").forEach(acl -> aclLists.add((ObjectNode) acl));
    }

    void register(Map<String, FakeCommand> commands) {
        commands.put("listVPCOfferings", r -> r.list("vpcoffering", named(Stream.of(vpcOffering), r)));
        commands.put("listNetworkOfferings", r -> r.list("networkoffering", named(Stream.of(tierOffering), r)));
        commands.put("listNetworkACLLists", r -> r.list("networkacllist", named(aclLists.stream(), r)));
        commands.put("listVPCs", r -> r.list("vpc", state.vpcs.values().stream()
                .filter(v -> v.owner == r.caller() || r.listAll()).map(this::vpc).toList()));
        commands.put("listNetworks", this::networks);
        commands.put("createVPC", this::createVpc);
        commands.put("deleteVPC", this::deleteVpc);
        commands.put("createNetwork", this::createTier);
        commands.put("deleteNetwork", this::deleteTier);
    }

    private static List<ObjectNode> named(Stream<ObjectNode> items, FakeRequest r) {
        return items.filter(item -> r.text("name") == null || r.text("name").equals(item.path("name").asText()))
                .filter(item -> r.text("id") == null || r.text("id").equals(item.path("id").asText())).toList();
    }

    private ObjectNode networks(FakeRequest r) {
        List<ObjectNode> networks = new ArrayList<>(catalog.sharedNetworks(r));
        String type = r.text("type");
        if (type == null || type.equalsIgnoreCase("Isolated")) {
            state.tiers.values().stream().filter(t -> t.owner == r.caller() || r.listAll())
                    .filter(t -> r.text("vpcid") == null || t.vpc.id.equals(r.text("vpcid")))
                    .filter(t -> r.text("id") == null || t.id.equals(r.text("id")))
                    .forEach(t -> networks.add(tier(t)));
        }
        return r.list("network", networks);
    }

    private ObjectNode createVpc(FakeRequest r) {
        Zone zone = state.find(FakeCatalogCommands.byId(state.zones, Zone::id), r, "zoneid");
        if (!vpcOffering.path("id").asText().equals(r.require("vpcofferingid"))) {
            throw FakeApiError.invalidId(r.command(), "vpcofferingid", r.text("vpcofferingid"));
        }
        if (zone.securityGroups()) {
            throw FakeApiError.invalid("Vpc can't be created in zone with security groups enabled");
        }
        Vpc vpc = new Vpc();
        vpc.id = FakeState.newId();
        vpc.name = r.require("name");
        vpc.displayText = r.text("displaytext") == null ? vpc.name : r.text("displaytext");
        vpc.cidr = cidr(r.require("cidr"));
        vpc.zone = zone;
        vpc.owner = r.caller();
        vpc.created = state.now();
        state.vpcs.put(vpc.id, vpc);
        FakeJobs.Job job = state.jobs.submit(vpc.owner, CMD + "admin.vpc.CreateVPCCmdByAdmin", null, null,
                Duration.ofSeconds(3), FakeJobs.LONG, () -> result("vpc", vpc(vpc)));
        return FakeRender.JSON.createObjectNode().put("id", vpc.id).put("jobid", job.id);
    }

    private ObjectNode deleteVpc(FakeRequest r) {
        Vpc vpc = state.find(state.vpcs, r, "id");
        FakeState.checkOwner(r.caller(), vpc.owner);
        return job(r.caller(), "user.vpc.DeleteVPCCmd", "Vpc", vpc.id, () -> {
            long tiers = state.tiers.values().stream().filter(t -> t.vpc == vpc).count();
            if (tiers > 0) {
                throw FakeApiError.invalid("Can't delete VPC " + text(vpc) + " as its used by " + tiers
                        + " networks");
            }
            state.vpcs.remove(vpc.id);
        });
    }

    private ObjectNode createTier(FakeRequest r) {
        Vpc vpc = state.find(state.vpcs, r, "vpcid");
        FakeState.checkOwner(r.caller(), vpc.owner);
        if (!tierOffering.path("id").asText().equals(r.require("networkofferingid"))) {
            throw FakeApiError.invalidId(r.command(), "networkofferingid", r.text("networkofferingid"));
        }
        String gateway = r.text("gateway");
        String netmask = r.text("netmask");
        if (gateway == null || netmask == null) {
            throw FakeApiError.invalid("Gateway/netmask are required when create network for VPC");
        }
        int bits = Long.bitCount(FakeState.address(netmask));
        long base = FakeState.address(gateway) & (0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL);
        String cidr = FakeState.text(base) + "/" + bits;
        if (!within(cidr, vpc.cidr)) {
            throw FakeApiError.invalid("Network cidr " + cidr + " is not within vpc " + text(vpc) + " cidr");
        }
        for (Tier other : state.tiers.values()) {
            if (other.vpc == vpc && (within(other.cidr, cidr) || within(cidr, other.cidr))) {
                throw FakeApiError.invalid("Network cidr " + cidr + " crosses other network cidr Network {\"id\": "
                        + other.id + "} belonging to the same vpc " + text(vpc));
            }
        }
        String aclId = r.text("aclid") == null ? aclLists.get(1).path("id").asText() : r.text("aclid");
        if (aclLists.stream().noneMatch(acl -> acl.path("id").asText().equals(aclId))) {
            throw FakeApiError.invalidId(r.command(), "aclid", aclId);
        }
        Tier tier = new Tier();
        tier.id = FakeState.newId();
        tier.name = r.require("name");
        tier.displayText = r.text("displaytext") == null ? tier.name : r.text("displaytext");
        tier.vpc = vpc;
        tier.cidr = cidr;
        tier.gateway = gateway;
        tier.aclId = aclId;
        tier.owner = r.caller();
        state.tiers.put(tier.id, tier);
        return result("network", tier(tier));
    }

    private ObjectNode deleteTier(FakeRequest r) {
        Tier tier = state.find(state.tiers, r, "id");
        FakeState.checkOwner(r.caller(), tier.owner);
        return job(r.caller(), "user.network.DeleteNetworkCmd", "Network", tier.id, () -> {
            if (state.vms.values().stream().anyMatch(vm -> vm.tier == tier)) {
                throw new FakeApiError(530, 4250, "Failed to delete network");
            }
            state.tiers.remove(tier.id);
        });
    }

    private ObjectNode job(Account caller, String cmd, String type, String id, Runnable action) {
        FakeJobs.Job job = state.jobs.submit(caller, CMD + cmd, type, id, Duration.ofSeconds(2), FakeJobs.SHORT,
                () -> {
                    action.run();
                    return FakeRender.JSON.createObjectNode().put("success", true);
                });
        return FakeRender.JSON.createObjectNode().put("jobid", job.id);
    }

    private static ObjectNode result(String name, JsonNode object) {
        ObjectNode answer = FakeRender.JSON.createObjectNode();
        answer.set(name, object);
        return answer;
    }

    private static String cidr(String text) {
        int slash = text.indexOf('/');
        long address = slash < 0 ? -1 : FakeState.address(text.substring(0, slash));
        if (address < 0) {
            throw FakeApiError.invalid("Please specify a valid cidr " + text);
        }
        return text;
    }

    /** NetUtils.isNetworkAWithinNetworkB. */
    static boolean within(String a, String b) {
        int bitsA = Integer.parseInt(a.substring(a.indexOf('/') + 1));
        int bitsB = Integer.parseInt(b.substring(b.indexOf('/') + 1));
        long maskB = 0xFFFFFFFFL << (32 - bitsB) & 0xFFFFFFFFL;
        return bitsA >= bitsB && (FakeState.address(a.substring(0, a.indexOf('/'))) & maskB)
                == (FakeState.address(b.substring(0, b.indexOf('/'))) & maskB);
    }

    private static String text(Vpc vpc) {
        return "VPC {\"id\": \"" + vpc.id + "\", \"name\": \"" + vpc.name + "\"}";
    }

    private ObjectNode vpc(Vpc vpc) {
        ObjectNode node = Recorded.VPC.copy().put("id", vpc.id).put("name", vpc.name)
                .put("displaytext", vpc.displayText).put("state", "Enabled").put("cidr", vpc.cidr)
                .put("zoneid", vpc.zone.id()).put("zonename", vpc.zone.name())
                .put("vpcofferingid", vpcOffering.path("id").asText())
                .put("vpcofferingname", vpcOffering.path("name").asText()).put("created", FakeRender.time(vpc.created));
        FakeRender.owner(node, vpc.owner);
        ArrayNode networks = node.putArray("network");
        state.tiers.values().stream().filter(t -> t.vpc == vpc).forEach(t -> networks.add(tier(t)));
        return node;
    }

    ObjectNode tier(Tier tier) {
        ObjectNode acl = aclLists.stream().filter(a -> a.path("id").asText().equals(tier.aclId)).findFirst()
                .orElseThrow();
        ObjectNode node = Recorded.TIER.copy().put("id", tier.id).put("related", tier.id).put("name", tier.name)
                .put("displaytext", tier.displayText).put("gateway", tier.gateway).put("cidr", tier.cidr)
                .put("netmask", FakeRender.netmask(tier.cidr)).put("zoneid", tier.vpc.zone.id())
                .put("zonename", tier.vpc.zone.name()).put("vpcid", tier.vpc.id).put("vpcname", tier.vpc.name)
                .put("aclid", tier.aclId).put("aclname", acl.path("name").asText())
                .put("networkofferingid", tierOffering.path("id").asText())
                .put("state", state.vms.values().stream().anyMatch(vm -> vm.tier == tier) ? "Implemented"
                        : "Allocated");
        FakeRender.owner(node, tier.owner);
        return node;
    }
}
